/**
 * The value axis: a unit a reader says (億円 rather than 6,900,000,000円) and round tick values from zero, so
 * that bars and lines are not exaggerated by an axis that starts above zero.
 */

/** Values are divided by `divisor` and labelled in `unitLabel`; `ticks` run from 0 to `max`. */
export type ValueScale = { divisor: number; unitLabel: string; ticks: number[]; max: number };

const YEN: Record<"ja" | "en", Array<[number, string]>> = {
  ja: [
    [1e8, "億円"],
    [1e4, "万円"],
    [1, "円"],
  ],
  en: [
    [1e9, "billion yen"],
    [1e6, "million yen"],
    [1, "yen"],
  ],
};
const ENGLISH_UNITS: Record<string, string> = {
  件: "cases",
  人: "people",
  機関: "institutions",
  社: "companies",
  校: "schools",
  地域: "regions",
};

/**
 * Picks the display unit and about five round ticks covering `max` (in base units).
 * @example scaleValues(6_900_000_000, "円", "ja") // { divisor: 1e8, unitLabel: "億円", ticks: [0, 20, 40, 60, 80], max: 80 }
 */
export function scaleValues(max: number, unit: string, lang: "ja" | "en"): ValueScale {
  const [divisor, unitLabel] =
    unit === "円"
      ? (YEN[lang].find(([d]) => max >= d) ?? [1, YEN[lang][2]![1]])
      : [1, lang === "en" ? (ENGLISH_UNITS[unit] ?? unit) : unit];
  const top = Math.max(max / divisor, 1e-9);
  const rough = top / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  const count = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { divisor, unitLabel, ticks, max: ticks[ticks.length - 1]! };
}

/**
 * A tick value as a reader writes it (thousands separated, no float noise).
 * @example formatTick(2.5) // "2.5"
 * @example formatTick(16000) // "16,000"
 */
export function formatTick(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
