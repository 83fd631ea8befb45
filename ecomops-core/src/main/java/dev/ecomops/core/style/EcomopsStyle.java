package dev.ecomops.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ecomops value types, applied in each value package's
 * {@code package-info.java}. It has SOURCE retention, so it never reaches adopters'
 * class files: they compile against our jars without the Immutables processor.
 *
 * <p>Settings: generated implementations are hidden (callers use the abstract type and its
 * {@code builder()}), accessors carry no {@code get} prefix, {@code withX} copies return the abstract type, builders are strict (an attribute
 * set twice is an error), and generated code uses JDK collections only.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    redactedMask = "***")
public @interface EcomopsStyle {

  /**
   * {@link EcomopsStyle} with list attributes held as JDK 9 immutable lists, so that copying a
   * value into its next version (a reservation on every release and confirm) shares the list
   * rather than copying it again. For value types whose only collections are lists: JDK 9 sets
   * and maps do not keep insertion order, which the others rely on. Its lists refuse {@code
   * contains(null)} with a {@code NullPointerException}, as JDK 9 lists do. The other settings
   * repeat {@link EcomopsStyle}'s: an annotation type cannot extend another.
   */
  @Target({ElementType.PACKAGE, ElementType.TYPE})
  @Retention(RetentionPolicy.SOURCE)
  @Value.Style(
      visibility = Value.Style.ImplementationVisibility.PACKAGE,
      builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
      overshadowImplementation = true,
      strictBuilder = true,
      jdkOnly = true,
      jdk9Collections = true,
      redactedMask = "***")
  @interface SharedLists {}
}
