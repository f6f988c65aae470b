package id.ac.ugm.aicare.model.content;

import id.ac.ugm.aicare.model.content.appointment.Appointment;
import id.ac.ugm.aicare.model.content.appointment.AppointmentType;
import id.ac.ugm.aicare.model.content.cbt.CbtModule;
import id.ac.ugm.aicare.model.content.cbt.CbtModuleStep;
import id.ac.ugm.aicare.model.content.resource.ContentResource;
import id.ac.ugm.aicare.model.content.resource.Resource;
import id.ac.ugm.aicare.model.content.scheduling.TherapistSchedule;
import id.ac.ugm.aicare.model.content.survey.Survey;
import id.ac.ugm.aicare.model.content.survey.SurveyAnswer;
import id.ac.ugm.aicare.model.content.survey.SurveyQuestion;
import id.ac.ugm.aicare.model.content.survey.SurveyResponse;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.util.List;

/**
 * The content and scheduling tables: knowledge-base content and support resources, CBT modules
 * with their steps, surveys with questions, responses and answers, therapist schedules,
 * appointment types and appointments. Foreign keys out of the module point to {@code users}
 * (module {@code auth}) and {@code psychologists} (module {@code clinical}).
 */
public final class ContentModelModule implements ModelModule {

    @Override
    public String name() {
        return "content";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(
                ContentResource.class,
                Resource.class,
                CbtModule.class,
                CbtModuleStep.class,
                Survey.class,
                SurveyQuestion.class,
                SurveyResponse.class,
                SurveyAnswer.class,
                TherapistSchedule.class,
                AppointmentType.class,
                Appointment.class);
    }

    @Override
    public List<String> dependsOn() {
        return List.of("auth", "clinical");
    }
}
