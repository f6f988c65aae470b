package id.ac.ugm.aicare.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.content.cbt.CbtModule;
import id.ac.ugm.aicare.model.content.cbt.CbtModuleStep;
import id.ac.ugm.aicare.model.content.survey.Survey;
import id.ac.ugm.aicare.model.content.survey.SurveyAnswer;
import id.ac.ugm.aicare.model.content.survey.SurveyQuestion;
import id.ac.ugm.aicare.model.content.survey.SurveyResponse;
import id.ac.ugm.aicare.testing.aggregate.ChildLinkContract;
import org.junit.jupiter.api.Test;

/** Each add/remove helper keeps both sides in step and moves a child between parents (in memory). */
class ContentChildLinksTest {

    @Test
    void surveyQuestions() {
        ChildLinkContract.verify("Survey.questions", () -> new Survey("s"), () -> new SurveyQuestion("q", "text"),
                Survey::addQuestion, Survey::removeQuestion, Survey::getQuestions, SurveyQuestion::getSurvey);
    }

    @Test
    void surveyResponses() {
        ChildLinkContract.verify("Survey.responses", () -> new Survey("s"), () -> new SurveyResponse(new User("a@b.test")),
                Survey::addResponse, Survey::removeResponse, Survey::getResponses, SurveyResponse::getSurvey);
    }

    @Test
    void responseAnswers() {
        ChildLinkContract.verify("SurveyResponse.answers", () -> new SurveyResponse(new User("a@b.test")),
                () -> new SurveyAnswer(null, "a"), SurveyResponse::addAnswer, SurveyResponse::removeAnswer,
                SurveyResponse::getAnswers, SurveyAnswer::getResponse);
    }

    @Test
    void anAnswerMovedToAnotherResponseStaysOnceOnItsQuestion() {
        SurveyQuestion question = new Survey("s").addQuestion(new SurveyQuestion("q", "text"));
        SurveyResponse first = new SurveyResponse(new User("a@b.test"));
        SurveyResponse second = new SurveyResponse(new User("a@b.test"));
        SurveyAnswer answer = first.addAnswer(question, "a");
        second.addAnswer(answer);
        assertThat(question.getAnswers()).containsExactly(answer);
        second.removeAnswer(answer);
        assertThat(question.getAnswers()).isEmpty();
    }

    @Test
    void moduleSteps() {
        ChildLinkContract.verify("CbtModule.steps", () -> new CbtModule("t", "d"),
                () -> new CbtModuleStep(null, "text", "c"), CbtModule::addStep, CbtModule::removeStep,
                CbtModule::getSteps, CbtModuleStep::getModule);
    }
}
