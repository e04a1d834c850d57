package com.finflow.personal.adapters;

import com.finflow.personal.AnalyticsViews;
import com.finflow.personal.AnalyticsViewsContract;
import com.finflow.personal.WriteMarks;
import com.finflow.shared.aws.LocalDynamoDb;

class DynamoAnalyticsViewsTest extends AnalyticsViewsContract {

  private final DynamoAnalyticsViews views =
      new DynamoAnalyticsViews(LocalDynamoDb.client(), DynamoPersonalStoreTest.newTable());

  @Override
  protected AnalyticsViews views() {
    return views;
  }

  @Override
  protected WriteMarks marks() {
    return views;
  }
}
