package id.ac.ugm.aicare.schema.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The layering rules of the library, each a function of the packages it is about so that the same
 * rule can be shown to fail on a bad example (see ArchitectureRulesFailTest) before it is trusted on
 * the real classes (ArchitectureTest).
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** No two packages under {@code root} depend on each other, directly or through others. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a cycle between packages means neither can be understood, tested or moved alone");
    }

    /** Classes in {@code packages} use nothing in {@code forbidden}. */
    static ArchRule doesNotUse(String what, String[] packages, String... forbidden) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .as(what + " uses nothing of " + String.join(", ", forbidden));
    }

    /**
     * Every exception type under {@code root} extends {@code root}'s one exception class, except the
     * ones named (each documented on that class as kept under a JDK or JPA supertype on purpose).
     */
    static ArchRule failuresHaveTheRoot(String root, Class<?> rootException, Class<?>... exempt) {
        return classes().that().resideInAPackage(root + "..")
                .and().areAssignableTo(RuntimeException.class)
                .and().areNotAssignableFrom(rootException)
                .and().doNotBelongToAnyOf(exempt)
                .should().beAssignableTo(rootException)
                .because("callers and the CLI's exit codes tell failures apart by the root's category");
    }

    /**
     * A public type outside the internal packages under {@code root} shows no internal type in its
     * signature: not as a supertype, nor in a public or protected field, constructor or method.
     * Otherwise a user compiles against a class that carries no compatibility promise.
     */
    static ArchRule apiExposesNoInternalType(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage("..internal..")
                .and().arePublic()
                .should(new ExposesNoInternalType())
                .because("internal packages carry no compatibility promise");
    }

    private static final class ExposesNoInternalType extends ArchCondition<JavaClass> {

        ExposesNoInternalType() {
            super("show no type of an internal package in their public signature");
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            Stream.concat(type.getRawSuperclass().stream(), type.getRawInterfaces().stream())
                    .filter(ArchitectureRules::isInternal)
                    .forEach(leaked -> report(events, type, type.getName() + " extends or implements " + leaked.getName()));
            for (JavaField field : type.getFields()) {
                if (visible(field) && isInternal(field.getRawType())) {
                    report(events, type, field.getFullName() + " has internal type " + field.getRawType().getName());
                }
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (!visible(unit) || unit.getName().equals("<clinit>")) {
                    continue;
                }
                if (isInternal(unit.getRawReturnType())) {
                    report(events, type, unit.getFullName() + " returns internal " + unit.getRawReturnType().getName());
                }
                for (JavaClass parameter : unit.getRawParameterTypes()) {
                    if (isInternal(parameter)) {
                        report(events, type, unit.getFullName() + " takes internal " + parameter.getName());
                    }
                }
                for (JavaType parameter : unit.getParameterTypes()) {
                    for (JavaClass involved : parameter.getAllInvolvedRawTypes()) {
                        if (isInternal(involved) && !unit.getRawParameterTypes().contains(involved)) {
                            report(events, type, unit.getFullName() + " takes a type of internal " + involved.getName());
                        }
                    }
                }
                for (JavaClass involved : unit.getReturnType().getAllInvolvedRawTypes()) {
                    if (isInternal(involved) && !involved.equals(unit.getRawReturnType())) {
                        report(events, type, unit.getFullName() + " returns a type of internal " + involved.getName());
                    }
                }
            }
        }

        private static boolean visible(JavaMember member) {
            Set<JavaModifier> modifiers = member.getModifiers();
            return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
        }

        private static void report(ConditionEvents events, JavaClass type, String message) {
            events.add(SimpleConditionEvent.violated(type, message));
        }
    }

    private static boolean isInternal(JavaClass type) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        return ("." + base.getPackageName() + ".").contains(".internal.");
    }
}
