package com.finflow.personal;

class InMemoryAnalyticsTest extends AnalyticsViewsContract {

  private final InMemoryAnalytics analytics = new InMemoryAnalytics();

  @Override
  protected AnalyticsViews views() {
    return analytics;
  }

  @Override
  protected WriteMarks marks() {
    return analytics;
  }
}
