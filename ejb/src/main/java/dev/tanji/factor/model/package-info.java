/** Rules about emission factors that hold wherever a factor is stored or read: what makes one unique in its set. */
package dev.tanji.factor.model;
