package com.finflow.identity;

/**
 * An authorizer that trusts only a throwaway key, and a token signed with it: what priming runs the
 * accepting path on. Neither can authorize a real request.
 */
public record AuthorizerRehearsal(Authorizer authorizer, String token) {}
