package id.ac.ugm.aicare.model.core.entity;

import id.ac.ugm.aicare.model.core.entity.ChildLinks;
import java.util.Collection;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Keeps both sides of a parent-child link in step, written once for every aggregate: the parent's
 * collection and the child's reference to its parent always agree, and a child moved to another
 * parent leaves the old parent's collection.
 */
public final class ChildLinks {

    private ChildLinks() {
    }

    /**
     * Adds {@code child} to {@code parent}, taking it from any parent it was on before. Adding a
     * child to the parent it already has changes nothing.
     *
     * @param parent    the new parent
     * @param children  the new parent's collection
     * @param child     the child; not null
     * @param parentOf  reads the child's current parent
     * @param childrenOf the collection of another parent (to leave it)
     * @param link      sets the child's parent reference
     * @return the child
     */
    public static <P, C> C add(P parent, Collection<C> children, C child, Function<C, P> parentOf,
                               Function<P, Collection<C>> childrenOf, BiConsumer<C, P> link) {
        if (attach(parent, child, parentOf, childrenOf, link)) {
            children.add(child);
        }
        return child;
    }

    /**
     * The first half of {@link #add}, for a parent that puts the child into its collection itself (at
     * a position of its own, for example): takes {@code child} from any other parent it was on and
     * links it to {@code parent}.
     *
     * @return whether the parent must now add the child to its collection; false when the child was
     *         on this parent already (nothing changed)
     */
    public static <P, C> boolean attach(P parent, C child, Function<C, P> parentOf,
                                        Function<P, Collection<C>> childrenOf, BiConsumer<C, P> link) {
        Objects.requireNonNull(child, "child");
        P previous = parentOf.apply(child);
        if (previous == parent) {
            return false;
        }
        if (previous != null) {
            childrenOf.apply(previous).remove(child);
        }
        link.accept(child, parent);
        return true;
    }

    /**
     * Removes {@code child} from the collection and clears its parent reference; a stranger is ignored.
     *
     * @return whether the child was in the collection (so that the parent may unlink what hangs on it)
     */
    public static <P, C> boolean remove(Collection<C> children, C child, BiConsumer<C, P> link) {
        if (child != null && children.remove(child)) {
            link.accept(child, null);
            return true;
        }
        return false;
    }
}
