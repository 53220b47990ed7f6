package dev.tanji.factor.application;

import java.util.List;

/** One IPCC assessment report's GWP100 values ({@code AR6}), by gas in {@link dev.tanji.quantity.Gas} order. */
public record GwpSetView(String name, List<GwpValueView> values) {
}
