package com.finflow.infra;

import java.util.Set;
import java.util.TreeSet;
import software.amazon.awscdk.assertions.Template;

/** The HTTP API's routes in a synthesized template, as {@code "METHOD /path"} keys. */
public final class RouteKeys {

  private RouteKeys() {}

  public static Set<String> of(Template template) {
    var keys = new TreeSet<String>();
    template
        .findResources("AWS::ApiGatewayV2::Route")
        .values()
        .forEach(
            route ->
                keys.add((String) CfnTemplate.properties(CfnTemplate.map(route)).get("RouteKey")));
    return keys;
  }
}
