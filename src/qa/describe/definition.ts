/**
 * The sentence that defines a term the question names: 「X」とは…, X とは…, …についての「X」, …を「X」として.
 * These are the grammar of a definition in the documents, not words of any question.
 */
import type { Passage } from "./by-aspect.js";
import type { UnitSection } from "./section-units.js";

/**
 * The best defining sentence for one of the names (normalized, as the question writes them), if any.
 * @example findDefinition(sectionUnits(kb), ["知的クラスター"])?.units[0].shown // "「知的クラスター」とは、地域の…"
 */
export function findDefinition(sections: UnitSection[], names: string[]): Passage | undefined {
  const forms = names
    .filter((n) => n.length >= 2)
    .flatMap((n) => [
      { text: `${n}とは`, weight: 3 },
      { text: `${n}」とは`, weight: 3 },
      { text: `${n}をいう`, weight: 2 },
      { text: `についての「${n}」`, weight: 2 },
      { text: `を「${n}」として`, weight: 2 },
    ]);
  // A term worded otherwise (文科省 for 文部科学省) still counts when most of it stands right before とは.
  const loose = (text: string) => {
    const at = text.indexOf("とは");
    if (at < 2) return 0;
    const head = text.slice(Math.max(0, at - 30), at).replace(/[」』]$/u, "");
    // The term's last two characters are its head noun (…事業, …本部): they must be there.
    const near = (n: string) => {
      const b = pairs(n);
      return b.length >= 3 && head.endsWith(b.at(-1)!) && b.filter((x) => head.includes(x)).length >= 0.75 * b.length;
    };
    return names.some(near) ? 1 : 0;
  };
  let best: { weight: number; where: UnitSection; at: number; focus: string } | undefined;
  for (const where of sections) {
    where.match.forEach((text, at) => {
      // A heading that only repeats the term (1. 知的クラスターとは) is not the definition; its sentence is.
      if (text.length < 20) return;
      const hits = forms.filter((f) => text.includes(f.text));
      const weight = Math.max(loose(text), ...hits.map((f) => f.weight));
      if (weight > 0 && (!best || weight > best.weight)) best = { weight, where, at, focus: hits[0]?.text ?? "とは" };
    });
  }
  return best && { where: best.where, units: [best.where.units[best.at]!], focus: best.focus };
}

function pairs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}
