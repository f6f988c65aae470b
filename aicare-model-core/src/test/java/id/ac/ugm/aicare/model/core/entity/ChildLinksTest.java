package id.ac.ugm.aicare.model.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildLinksTest {

    static final class Parent {
        final List<Child> children = new ArrayList<>();

        Child add(Child child) {
            return ChildLinks.add(this, children, child, c -> c.parent, p -> p.children, (c, p) -> c.parent = p);
        }

        void remove(Child child) {
            ChildLinks.<Parent, Child>remove(children, child, (c, p) -> c.parent = p);
        }
    }

    static final class Child {
        Parent parent;
    }

    @Test
    void addingLinksBothSidesOnce() {
        Parent parent = new Parent();
        Child child = new Child();
        parent.add(child);
        parent.add(child);
        assertThat(parent.children).containsExactly(child);
        assertThat(child.parent).isSameAs(parent);
    }

    @Test
    void movingAChildTakesItFromItsFormerParent() {
        Parent first = new Parent();
        Parent second = new Parent();
        Child child = first.add(new Child());
        second.add(child);
        assertThat(first.children).isEmpty();
        assertThat(second.children).containsExactly(child);
        assertThat(child.parent).isSameAs(second);
    }

    @Test
    void removingUnlinksAndIgnoresStrangers() {
        Parent parent = new Parent();
        Parent other = new Parent();
        Child child = parent.add(new Child());
        Child stranger = other.add(new Child());
        parent.remove(stranger);
        parent.remove(null);
        assertThat(stranger.parent).isSameAs(other);
        parent.remove(child);
        assertThat(parent.children).isEmpty();
        assertThat(child.parent).isNull();
    }

    @Test
    void aNullChildIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> new Parent().add(null)).withMessage("child");
    }
}
