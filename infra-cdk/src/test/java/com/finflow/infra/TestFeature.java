package com.finflow.infra;

import java.util.function.Consumer;

/** A feature written in a test: its name and what it adds. */
record TestFeature(String name, Consumer<FinflowStack> body) implements FinflowStack.Feature {

  @Override
  public void addTo(FinflowStack stack) {
    body.accept(stack);
  }
}
