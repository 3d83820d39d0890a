/**
 * A draft made into the Answer every front end renders: the reading notes (a guessed name), the plain text,
 * and the topic a follow-up may reuse (with a clarify answer's options, so "2" can pick one).
 */
import type { Answer } from "./types.js";
import { say, type Draft } from "./answer-kit.js";
import type { Query } from "./understand-question.js";
import { renderText } from "./render-text.js";

/**
 * @example finishAnswer("都市エリアの予算は?", "ja", "budget", draft, query).text.startsWith(draft.summary) // true
 */
export function finishAnswer(question: string, lang: "ja" | "en", intent: string, draft: Draft, query?: Query): Answer {
  const lines = [...(draft.lines ?? [])];
  const typo = query?.mentions.find((m) => m.how !== "alias" && m.score >= 0.6);
  if (typo && draft.status !== "not_found" && intent !== "regions" && draft.topic?.subject === typo.entity.id) {
    const others = (typo.alternatives ?? [])
      .map((e) => e.name)
      .slice(0, 3)
      .join("、");
    lines.unshift(
      say(
        lang,
        `※「${typo.text}」を「${typo.entity.name}」と解釈しました。${others ? `ほかに「${typo.text}」を含むもの: ${others}` : ""}`,
        `Note: read "${typo.text}" as ${typo.entity.nameEn ?? typo.entity.name}.${others ? ` Also containing it: ${others}` : ""}`,
      ),
    );
  }
  const citations = draft.citations ?? [];
  const options = draft.options ?? [];
  const text = renderText({ summary: draft.summary, lines, table: draft.table, options, citations, lang });
  const topic = { ...(draft.topic ?? {}), ...(options.length ? { options: options.map((o) => o.question) } : {}) };
  return {
    question,
    status: draft.status,
    lang,
    intent,
    summary: draft.summary,
    lines,
    table: draft.table,
    citations,
    ...(draft.chart ? { chart: draft.chart } : {}),
    facts: (draft.facts ?? []).map((f) => f.id),
    options,
    text,
    topic,
  };
}
