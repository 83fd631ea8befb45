package dev.ecomops.core.allocation;

/**
 * Marks the strategies of this package, whose contract {@code AllocationProperties} checks on
 * random instances; the allocator checks every plan of any other strategy with {@link PlanCheck}.
 */
interface BuiltInStrategy extends AllocationStrategy {}
