package id.ac.ugm.aicare.testing.aggregate;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every add/remove helper of a parent-child link must do, checked in memory (the helpers touch
 * no database): adding links both sides, adding twice keeps one copy, adding to another parent takes
 * the child from the first, removing unlinks both sides, and removing a child of another parent
 * changes nothing. A failure names the link and the rule, never a value.
 *
 * @param <P> the parent
 * @param <C> the child
 */
public final class ChildLinkContract<P, C> {

    private final String link;
    private final Supplier<P> newParent;
    private final Supplier<C> newChild;
    private final BiConsumer<P, C> add;
    private final BiConsumer<P, C> remove;
    private final Function<P, ? extends Collection<C>> childrenOf;
    private final Function<C, P> parentOf;

    private ChildLinkContract(String link, Supplier<P> newParent, Supplier<C> newChild, BiConsumer<P, C> add,
                              BiConsumer<P, C> remove, Function<P, ? extends Collection<C>> childrenOf,
                              Function<C, P> parentOf) {
        this.link = link;
        this.newParent = newParent;
        this.newChild = newChild;
        this.add = add;
        this.remove = remove;
        this.childrenOf = childrenOf;
        this.parentOf = parentOf;
    }

    /**
     * Checks the helpers of one link.
     *
     * @param link       its name in a failure, e.g. {@code "Campaign.triggers"}
     * @param newParent  a new, unlinked parent each call
     * @param newChild   a new, unlinked child each call
     * @param add        the parent's add helper
     * @param remove     the parent's remove helper
     * @param childrenOf the parent's collection as its getter returns it
     * @param parentOf   the child's reference to its parent
     * @throws AssertionError naming the link and the rule it breaks
     */
    public static <P, C> void verify(String link, Supplier<P> newParent, Supplier<C> newChild, BiConsumer<P, C> add,
                                     BiConsumer<P, C> remove, Function<P, ? extends Collection<C>> childrenOf,
                                     Function<C, P> parentOf) {
        new ChildLinkContract<>(link, newParent, newChild, add, remove, childrenOf, parentOf).verify();
    }

    private void verify() {
        P first = newParent.get();
        P second = newParent.get();
        C child = newChild.get();

        add.accept(first, child);
        expect(first, List.of(child), child, first, "adding links both sides");
        add.accept(first, child);
        expect(first, List.of(child), child, first, "adding the same child twice keeps one copy");

        add.accept(second, child);
        expect(first, List.of(), child, second, "moving a child to another parent takes it from the first");
        expect(second, List.of(child), child, second, "moving a child to another parent links it there");

        C other = newChild.get();
        add.accept(first, other);
        remove.accept(second, other);
        expect(first, List.of(other), other, first, "removing a child from a parent it is not on changes nothing");

        remove.accept(second, child);
        expect(second, List.of(), child, null, "removing unlinks both sides");
    }

    private void expect(P parent, List<C> children, C child, P childsParent, String rule) {
        Collection<C> actual = childrenOf.apply(parent);
        boolean same = actual.size() == children.size() && children.stream().allMatch(c -> contains(actual, c));
        if (!same || parentOf.apply(child) != childsParent) {
            throw new AssertionError(link + ": " + rule + " (the parent holds " + actual.size() + " children, "
                    + "expected " + children.size() + "; the child's parent is "
                    + (parentOf.apply(child) == childsParent ? "right" : "wrong") + ")");
        }
    }

    private static <C> boolean contains(Collection<C> children, C child) {
        return children.stream().anyMatch(each -> each == child); // identity: entities may compare by id, null here
    }
}
