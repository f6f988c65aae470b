package id.ac.ugm.aicare.model.core.time;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * The current UTC time as a {@code LocalDateTime}, cut to microseconds (what PostgreSQL keeps), so
 * the value in memory equals the value read back.
 */
public abstract class UtcNowGenerator implements BeforeExecutionGenerator {

    private static final long serialVersionUID = 1L;

    private final EnumSet<EventType> events;

    UtcNowGenerator(Member member, EnumSet<EventType> events) {
        Class<?> type = member instanceof Field field ? field.getType()
                : member instanceof Method method ? method.getReturnType() : null;
        if (type != LocalDateTime.class) {
            throw new IllegalArgumentException(member.getDeclaringClass().getName() + "." + member.getName()
                    + ": UTC timestamps apply to LocalDateTime fields; use @CreationTimestamp/@UpdateTimestamp on "
                    + (type == null ? "other types" : type.getSimpleName()));
        }
        this.events = events;
    }

    @Override
    public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
                           EventType eventType) {
        return LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public EnumSet<EventType> getEventTypes() {
        return events;
    }

    /** Generator of {@link UtcCreationTimestamp}. */
    public static final class OnInsert extends UtcNowGenerator {
        private static final long serialVersionUID = 1L;

        public OnInsert(UtcCreationTimestamp annotation, Member member,
                        org.hibernate.generator.GeneratorCreationContext context) {
            super(member, EnumSet.of(EventType.INSERT));
        }
    }

    /** Generator of {@link UtcUpdateTimestamp}. */
    public static final class OnInsertAndUpdate extends UtcNowGenerator {
        private static final long serialVersionUID = 1L;

        public OnInsertAndUpdate(UtcUpdateTimestamp annotation, Member member,
                                 org.hibernate.generator.GeneratorCreationContext context) {
            super(member, EnumSet.of(EventType.INSERT, EventType.UPDATE));
        }
    }
}
