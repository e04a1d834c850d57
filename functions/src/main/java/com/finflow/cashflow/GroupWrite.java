package com.finflow.cashflow;

/**
 * A group as read ({@code before}) and as it is to be written; the write holds only if unchanged.
 */
public record GroupWrite(GroupKey key, Group before, Group after) {}
