package com.finflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.assertions.Template;

/** Read access to a synthesized CloudFormation template, by logical id and intrinsic function. */
public final class CfnTemplate {

  private final Map<String, Map<String, Object>> resources;
  private final Map<String, Object> json;

  @SuppressWarnings("unchecked")
  CfnTemplate(Template template) {
    json = template.toJSON();
    resources = (Map<String, Map<String, Object>>) (Map<String, ?>) json.get("Resources");
  }

  public Map<String, Object> json() {
    return json;
  }

  /** Logical id to resource, for every resource of {@code type}. */
  public Map<String, Map<String, Object>> resources(String type) {
    var found = new LinkedHashMap<String, Map<String, Object>>();
    resources.forEach(
        (id, resource) -> {
          if (type.equals(resource.get("Type"))) {
            found.put(id, resource);
          }
        });
    return found;
  }

  public Map<String, Map<String, Object>> nonEmptyResources(String type) {
    var found = resources(type);
    assertThat(found).as("resources of type %s", type).isNotEmpty();
    return found;
  }

  public Map<String, Object> resource(String logicalId) {
    assertThat(resources).as("resources").containsKey(logicalId);
    return resources.get(logicalId);
  }

  public String typeOf(String logicalId) {
    return (String) resource(logicalId).get("Type");
  }

  public Map<String, Object> properties(String logicalId) {
    return properties(resource(logicalId));
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> properties(Map<String, Object> resource) {
    return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object value) {
    if (value instanceof List<?> values) {
      return (List<Object>) values;
    }
    return value == null ? List.of() : List.of(value);
  }

  /** The logical id in {@code {"Ref": id}}, if {@code value} is one. */
  public static Optional<String> ref(Object value) {
    return value instanceof Map<?, ?> intrinsic
            && intrinsic.size() == 1
            && intrinsic.get("Ref") instanceof String id
        ? Optional.of(id)
        : Optional.empty();
  }

  /**
   * The logical id in {@code {"Fn::GetAtt": [id, attribute]}}, if {@code value} is one for that
   * attribute.
   */
  public static Optional<String> getAtt(Object value, String attribute) {
    if (value instanceof Map<?, ?> intrinsic
        && intrinsic.get("Fn::GetAtt") instanceof List<?> target
        && target.size() == 2
        && attribute.equals(target.get(1))) {
      return Optional.of((String) target.get(0));
    }
    return Optional.empty();
  }

  /**
   * Every logical id referenced anywhere inside {@code value}, by Ref or GetAtt; pseudo parameters
   * excluded.
   */
  public static List<String> referencedIds(Object value) {
    var ids = new ArrayList<String>();
    collectReferences(value, ids);
    return ids;
  }

  private static void collectReferences(Object value, List<String> ids) {
    if (value instanceof Map<?, ?> map) {
      if (map.get("Ref") instanceof String id && !id.startsWith("AWS::")) {
        ids.add(id);
      }
      if (map.get("Fn::GetAtt") instanceof List<?> target && !target.isEmpty()) {
        ids.add((String) target.get(0));
      }
      map.values().forEach(nested -> collectReferences(nested, ids));
    } else if (value instanceof List<?> values) {
      values.forEach(nested -> collectReferences(nested, ids));
    }
  }

  /**
   * The symmetric customer key that encrypts data; the token-signing key is asymmetric and
   * separate.
   */
  public String encryptionKeyId() {
    var symmetric =
        resources("AWS::KMS::Key").entrySet().stream()
            .filter(entry -> !properties(entry.getValue()).containsKey("KeySpec"))
            .map(Map.Entry::getKey)
            .toList();
    if (symmetric.size() != 1) {
      throw new AssertionError("expected one symmetric KMS key, found " + symmetric);
    }
    return symmetric.getFirst();
  }

  public String singleId(String type) {
    var found = resources(type);
    assertThat(found).as("resources of type %s", type).hasSize(1);
    return found.keySet().iterator().next();
  }

  /** Logical id of the secret whose Name is {@code name}. */
  public String secretNamed(String name) {
    return resources("AWS::SecretsManager::Secret").entrySet().stream()
        .filter(secret -> name.equals(properties(secret.getValue()).get("Name")))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no secret named " + name));
  }

  /** Logical id of the function whose Handler is {@code handler}. */
  public String functionWithHandler(String handler) {
    return resources("AWS::Lambda::Function").entrySet().stream()
        .filter(function -> handler.equals(properties(function.getValue()).get("Handler")))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no function with handler " + handler));
  }

  /** The function an alias points to. */
  public String functionOfAlias(String aliasId) {
    assertThat(typeOf(aliasId)).isEqualTo("AWS::Lambda::Alias");
    return ref(properties(aliasId).get("FunctionName")).orElseThrow();
  }

  /**
   * The statements of every identity-based policy: AWS::IAM::Policy documents and inline role
   * policies.
   */
  public List<Map<String, Object>> identityPolicyStatements() {
    var statements = new ArrayList<Map<String, Object>>();
    resources("AWS::IAM::Policy")
        .values()
        .forEach(
            policy -> statements.addAll(statementsOf(properties(policy).get("PolicyDocument"))));
    resources("AWS::IAM::Role")
        .values()
        .forEach(
            role ->
                list(properties(role).get("Policies"))
                    .forEach(
                        inline ->
                            statements.addAll(statementsOf(map(inline).get("PolicyDocument")))));
    return statements;
  }

  /** Statements of the policies attached to the role {@code roleId}. */
  public List<Map<String, Object>> statementsOfRole(String roleId) {
    var statements = new ArrayList<Map<String, Object>>();
    resources("AWS::IAM::Policy").values().stream()
        .filter(
            policy ->
                list(properties(policy).get("Roles")).stream()
                    .anyMatch(role -> ref(role).filter(roleId::equals).isPresent()))
        .forEach(
            policy -> statements.addAll(statementsOf(properties(policy).get("PolicyDocument"))));
    return statements;
  }

  public static List<Map<String, Object>> statementsOf(Object policyDocument) {
    return list(map(policyDocument).get("Statement")).stream().map(CfnTemplate::map).toList();
  }

  public String roleOfFunction(String functionId) {
    return getAtt(properties(functionId).get("Role"), "Arn").orElseThrow();
  }
}
