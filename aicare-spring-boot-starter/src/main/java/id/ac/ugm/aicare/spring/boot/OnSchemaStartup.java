package id.ac.ugm.aicare.spring.boot;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches unless {@code aicare.schema.mode} is {@code none}, read as the properties bind it (any case, any relaxed form). */
final class OnSchemaStartup extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        AicareSchemaProperties.Mode mode = Binder.get(context.getEnvironment())
                .bind("aicare.schema.mode", AicareSchemaProperties.Mode.class)
                .orElse(AicareSchemaProperties.Mode.INIT_AND_MIGRATE);
        return mode == AicareSchemaProperties.Mode.NONE
                ? ConditionOutcome.noMatch("aicare.schema.mode is none")
                : ConditionOutcome.match("aicare.schema.mode is " + mode.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
