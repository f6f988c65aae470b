package id.ac.ugm.aicare.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.content.cbt.CbtModule;
import id.ac.ugm.aicare.model.content.cbt.CbtModuleStep;
import id.ac.ugm.aicare.model.content.survey.Survey;
import id.ac.ugm.aicare.model.content.survey.SurveyAnswer;
import id.ac.ugm.aicare.model.content.survey.SurveyQuestion;
import id.ac.ugm.aicare.model.content.survey.SurveyResponse;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.MinimalUserRow;
import id.ac.ugm.aicare.testing.jpa.FieldComparer;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A CBT module with its steps and a survey with its questions, responses and answers survive a round trip. */
@PostgresTest
class ContentAggregatesRoundTripTest {

    private static final FieldComparer FIELDS = FieldComparer.exact();

    @AutoClose
    private static JpaTestDatabase db;
    private static int studentId;
    private static int otherStudentId;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = ContentSchema.create(database);
        studentId = MinimalUserRow.insert(db, "cbt@mail.ugm.ac.id");
        otherStudentId = MinimalUserRow.insert(db, "survey@mail.ugm.ac.id");
    }

    @Test
    void cbtModuleComesBackWithEveryStepInStepOrder() {
        CbtModule module = db.callInTransaction(em -> {
            CbtModule m = new CbtModule("Thought record", "Notice, name and question an unhelpful thought.");
            CbtModuleStep third = m.addStep(new CbtModuleStep(3, "reflection", "How strongly do you believe it now?"));
            third.setUserInputType("scale");
            third.setUserInputVariable("belief_after");
            third.setOptions(List.of(0, 25, 50, 75, 100));
            third.setDelayAfterMs(1500);
            CbtModuleStep first = m.addStep(new CbtModuleStep(1, "prompt", "What happened? Describe the situation."));
            first.setUserInputType("text");
            first.setUserInputVariable("situation");
            first.setFeedbackPrompt("Thank the student and summarise the situation in one sentence.");
            first.setExtraData(Map.of("examples", List.of("exam", "argument"), "max_chars", 500));
            CbtModuleStep second = m.addStep(new CbtModuleStep(2, "choice", "Which thinking trap fits?"));
            second.setOptions(List.of(Map.of("label", "Catastrophising", "value", "catastrophising"),
                    Map.of("label", "Mind reading", "value", "mind_reading")));
            second.setToolToRun("classify_distortion");
            second.setIsSkippable(true);
            second.setParent(first);
            em.persist(m);
            return m;
        });
        assertThat(module.getSteps()).extracting(CbtModuleStep::getStepOrder).containsExactly(1, 2, 3);

        db.runInTransaction(em -> {
            CbtModule reloaded = em.find(CbtModule.class, module.getId());
            FIELDS.assertSameValues(module, reloaded);
            assertThat(reloaded.getSteps()).extracting(CbtModuleStep::getStepOrder).containsExactly(1, 2, 3);
            for (int i = 0; i < 3; i++) {
                FIELDS.assertSameValues(module.getSteps().get(i), reloaded.getSteps().get(i));
            }
            assertThat(reloaded.getSteps().get(1).getParent()).isSameAs(reloaded.getSteps().get(0));
        });
    }

    @Test
    void stepsWithoutAnOrderAreNumberedAfterTheLastAndKeepThatOrder() {
        CbtModule module = db.callInTransaction(em -> {
            CbtModule m = new CbtModule("Breathing", "Slow breathing in three steps.");
            m.addStep(new CbtModuleStep(null, "info", "Sit comfortably."));
            m.addStep(new CbtModuleStep(null, "info", "Breathe in for four."));
            m.addStep(new CbtModuleStep(null, "info", "Breathe out for six."));
            em.persist(m);
            return m;
        });
        db.runInTransaction(em -> {
            assertThat(em.find(CbtModule.class, module.getId()).getSteps())
                    .extracting(CbtModuleStep::getStepOrder, CbtModuleStep::getContent)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "Sit comfortably."),
                            org.assertj.core.groups.Tuple.tuple(2, "Breathe in for four."),
                            org.assertj.core.groups.Tuple.tuple(3, "Breathe out for six."));
        });
    }

    @Test
    void surveyComesBackWithQuestionsResponsesAndAnswersInOrder() {
        Survey survey = db.callInTransaction(em -> {
            Survey s = new Survey("Weekly check-in");
            s.setDescription("Five questions about your week.");
            s.setCategory("wellbeing");
            s.setIsActive(true);
            SurveyQuestion mood = s.addQuestion(new SurveyQuestion("How was your mood this week?", "scale"));
            mood.setOptions(List.of(1, 2, 3, 4, 5));
            SurveyQuestion sleep = s.addQuestion(new SurveyQuestion("How did you sleep?", "choice"));
            sleep.setOptions(List.of("badly", "okay", "well"));
            SurveyQuestion free = s.addQuestion(new SurveyQuestion("Anything you want us to know?", "text"));

            SurveyResponse first = s.addResponse(new SurveyResponse(em.getReference(User.class, studentId)));
            first.addAnswer(mood, "2");
            first.addAnswer(sleep, "badly");
            first.addAnswer(free, "Saya cemas soal skripsi dan susah tidur.");
            SurveyResponse second = s.addResponse(new SurveyResponse(em.getReference(User.class, otherStudentId)));
            second.addAnswer(free, "Nothing, thanks");
            second.addAnswer(mood, "4");
            em.persist(s);
            return s;
        });

        db.runInTransaction(em -> {
            Survey reloaded = em.find(Survey.class, survey.getId());
            FIELDS.assertSameValues(survey, reloaded);
            assertThat(reloaded.getQuestions()).hasSize(3);
            for (int i = 0; i < 3; i++) {
                FIELDS.assertSameValues(survey.getQuestions().get(i), reloaded.getQuestions().get(i));
            }
            assertThat(reloaded.getResponses()).hasSize(2);
            for (int r = 0; r < 2; r++) {
                SurveyResponse want = survey.getResponses().get(r);
                SurveyResponse got = reloaded.getResponses().get(r);
                FIELDS.assertSameValues(want, got);
                assertThat(got.getAnswers()).hasSameSizeAs(want.getAnswers());
                for (int a = 0; a < want.getAnswers().size(); a++) {
                    FIELDS.assertSameValues(want.getAnswers().get(a), got.getAnswers().get(a));
                }
            }
            assertThat(reloaded.getResponses().get(1).getAnswers()).extracting(SurveyAnswer::getAnswerText)
                    .containsExactly("Nothing, thanks", "4");
        });
    }

    @Test
    void removingASurveyRemovesItsQuestionsResponsesAndAnswers() {
        Survey survey = db.callInTransaction(em -> {
            Survey s = new Survey("To be removed");
            SurveyQuestion q = s.addQuestion(new SurveyQuestion("Still there?", "text"));
            s.addResponse(new SurveyResponse(em.getReference(User.class, studentId))).addAnswer(q, "yes");
            em.persist(s);
            return s;
        });
        db.runInTransaction(em -> {
            em.remove(em.find(Survey.class, survey.getId()));
        });
        assertThat(db.queryLong("SELECT count(*) FROM survey_questions WHERE survey_id = ?", survey.getId())).isZero();
        assertThat(db.queryLong("SELECT count(*) FROM survey_responses WHERE survey_id = ?", survey.getId())).isZero();
        assertThat(db.queryLong("SELECT count(*) FROM surveys WHERE id = ?", survey.getId())).isZero();
    }

    @Test
    void removingAQuestionRemovesTheAnswersGivenToIt() {
        Survey survey = db.callInTransaction(em -> {
            Survey s = new Survey("Two questions");
            SurveyQuestion kept = s.addQuestion(new SurveyQuestion("Kept?", "text"));
            SurveyQuestion dropped = s.addQuestion(new SurveyQuestion("Dropped?", "text"));
            SurveyResponse response = s.addResponse(new SurveyResponse(em.getReference(User.class, studentId)));
            response.addAnswer(kept, "a1");
            response.addAnswer(dropped, "a2");
            em.persist(s);
            return s;
        });
        db.runInTransaction(em -> {
            Survey s = em.find(Survey.class, survey.getId());
            s.getResponses().get(0).getAnswers().size();
            s.removeQuestion(s.getQuestions().get(1));
        });
        db.runInTransaction(em -> {
            Survey s = em.find(Survey.class, survey.getId());
            assertThat(s.getQuestions()).extracting(SurveyQuestion::getQuestionText).containsExactly("Kept?");
            assertThat(s.getResponses().get(0).getAnswers()).extracting(SurveyAnswer::getAnswerText)
                    .containsExactly("a1");
        });
    }

    @Test
    void removingAStepOrAnswerThroughTheHelpersDeletesIt() {
        CbtModule module = db.callInTransaction(em -> {
            CbtModule m = new CbtModule("Two steps", "One goes.");
            m.addStep(new CbtModuleStep(null, "info", "stays"));
            m.addStep(new CbtModuleStep(null, "info", "goes"));
            em.persist(m);
            return m;
        });
        db.runInTransaction(em -> {
            CbtModule m = em.find(CbtModule.class, module.getId());
            m.removeStep(m.getSteps().get(1));
        });
        db.runInTransaction(em -> {
            assertThat(em.find(CbtModule.class, module.getId()).getSteps()).extracting(CbtModuleStep::getContent)
                    .containsExactly("stays");
        });
    }
}
