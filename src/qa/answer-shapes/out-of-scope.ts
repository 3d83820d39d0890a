/**
 * Questions no document answers (an opinion, a prediction, a person's pay, the weather): said plainly with
 * the reason from intents/lexicon.yaml, and what can be asked instead. Never a passage.
 */
import type { Query } from "../understand-question.js";
import { findTriggers } from "../detect-intent.js";
import { say, type Deps, type Draft } from "../answer-kit.js";
import { exampleOptions } from "./help.js";

/**
 * The out-of-scope kind the question's words point to, if any.
 * @example outOfScopeKind(deps, understand("産学連携ってうまくいってるの？"))?.id // "opinion"
 */
export function outOfScopeKind(deps: Deps, query: Query): Deps["lexicon"]["outOfScope"][number] | undefined {
  return deps.lexicon.outOfScope.find((kind) => {
    const hits = findTriggers(kind.cues, query.match, []);
    if (hits.length === 0) return false;
    // An aspect the documents state asked beside it, in words of its own (課題 beside うまくいってない), is asked;
    // so is one whose cue holds the opinion's words (うまくいってない点: the points that went wrong, its issues).
    const stated = kind.yieldsTo.flatMap((id) => findTriggers(deps.lexicon.aspects[id]?.cues ?? [], query.match, []));
    return !stated.some((c) => !hits.some((h) => h.includes(c)));
  });
}

/**
 * @example answerOutOfScope(understand("今日の天気は？"), deps).status // "not_found"
 */
export function answerOutOfScope(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const kind = outOfScopeKind(deps, query);
  return {
    status: "not_found",
    summary: kind?.reason[lang] ?? say(lang, "その質問は資料の範囲外です。", "That is outside the documents."),
    lines: [say(lang, "資料から答えられるのは、例えば次のような質問です:", "The documents can answer, for example:")],
    options: exampleOptions(deps),
  };
}
