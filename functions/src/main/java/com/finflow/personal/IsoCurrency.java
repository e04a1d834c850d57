package com.finflow.personal;

/** An ISO 4217 currency: its alphabetic code, its number of decimals (minor units) and its name. */
public record IsoCurrency(String code, int minorUnits, String name) {}
