package com.finflow.emulators;

/**
 * The one account and region everything local lives in; ARNs are built here so every part agrees.
 */
public final class AwsAccount {

  public static final String REGION = "us-east-1";
  public static final String ACCOUNT_ID = "000000000000";
  public static final String PARTITION = "aws";
  public static final String URL_SUFFIX = "amazonaws.com";
  public static final String ACCESS_KEY_ID = "test";
  public static final String SECRET_ACCESS_KEY = "test";

  private AwsAccount() {}

  public static String arn(String service, String resource) {
    return "arn:" + PARTITION + ":" + service + ":" + REGION + ":" + ACCOUNT_ID + ":" + resource;
  }
}
