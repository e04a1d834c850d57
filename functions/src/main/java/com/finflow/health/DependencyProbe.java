package com.finflow.health;

/**
 * A cheap call that proves one dependency is reachable and that Finflow's resources exist there.
 */
public interface DependencyProbe {

  String name();

  /** Returns normally when the dependency answered as expected; throws otherwise. */
  void probe();
}
