package id.ac.ugm.aicare.testing.aggregate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildLinkContractTest {

    /** A parent whose helpers do what the contract asks. */
    static class Parent {
        final List<Child> children = new ArrayList<>();

        void add(Child child) {
            if (child.parent == this) {
                return;
            }
            if (child.parent != null) {
                child.parent.children.remove(child);
            }
            child.parent = this;
            children.add(child);
        }

        void remove(Child child) {
            if (children.remove(child)) {
                child.parent = null;
            }
        }
    }

    /** The helpers written inline, as before ChildLinks: a moved child stays on its first parent too. */
    static final class InlineParent extends Parent {
        @Override
        void add(Child child) {
            children.add(child);
            child.parent = this;
        }
    }

    /** Keeps one copy, but a moved child stays in its first parent's collection. */
    static final class ForgetfulParent extends Parent {
        @Override
        void add(Child child) {
            if (child.parent != this) {
                children.add(child);
                child.parent = this;
            }
        }
    }

    static final class Child {
        Parent parent;
    }

    @Test
    void helpersThatKeepBothSidesInStepPass() {
        assertThatCode(() -> ChildLinkContract.verify("Parent.children", Parent::new, Child::new, Parent::add,
                Parent::remove, parent -> parent.children, child -> child.parent)).doesNotThrowAnyException();
    }

    @Test
    void inlineHelpersThatForgetTheOldParentFail() {
        assertThatThrownBy(() -> ChildLinkContract.<Parent, Child>verify("InlineParent.children", InlineParent::new, Child::new,
                Parent::add, Parent::remove, parent -> parent.children, child -> child.parent))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("InlineParent.children: adding the same child twice keeps one copy");
    }

    @Test
    void anAddThatLeavesTheChildOnItsFirstParentFails() {
        assertThatThrownBy(() -> ChildLinkContract.<Parent, Child>verify("ForgetfulParent.children",
                ForgetfulParent::new, Child::new, Parent::add, Parent::remove, parent -> parent.children,
                child -> child.parent))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("ForgetfulParent.children: moving a child to another parent takes it from the first");
    }

    @Test
    void aRemoveThatUnlinksAStrangerFails() {
        assertThatThrownBy(() -> ChildLinkContract.verify("Careless.children", Parent::new, Child::new, Parent::add,
                (parent, child) -> {
                    parent.children.remove(child);
                    child.parent = null;
                }, parent -> parent.children, child -> child.parent))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Careless.children: removing a child from a parent it is not on changes nothing");
    }
}
