/**
 * Lists regions (clusters, areas) of a program, filtered by research field and trial status;
 * and answers the field of one region.
 */
import type { Entity, Attribute } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { entityName, hasCue, numberCitations, say, shortEntityName, type Deps, type Draft } from "../answer-kit.js";
import { askWhich } from "./pick-subject.js";

/**
 * @example answerRegions(understand("ナノテクの知的クラスターはどこ？"), deps).summary // "…長野・上田クラスター、京都クラスター、名古屋クラスター…"
 */
export function answerRegions(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const named = query.mentions.map((m) => m.entity);
  // A program named with its phase (知クラ第II期) asks the phase's regions.
  const programs = named.filter((e) => e.type === "program");
  const program =
    programs.find((e) => programs.some((p) => p.id === e.parent)) ??
    programs[0] ??
    (query.previous?.subject ? programOf(deps, query.previous.subject) : undefined) ??
    commonParent(
      deps,
      named.filter((e) => e.type === "region"),
    );
  // "八戸エリアと同じ分野": the named region's fields, among the other regions of its program.
  const like = hasCue(deps, query, "sameField") ? named.find((e) => e.type === "region") : undefined;
  if (like) return sameFieldAs(deps, query, like);
  const fields = named.filter((e) => e.type === "field");
  const field = fields[0];
  const trialOnly = hasCue(deps, query, "trial");
  // "広域クラスターはどこ" names a piece of several regions' names: those regions are the list.
  const namedRegions = query.mentions
    .filter((m) => m.entity.type === "region")
    .flatMap((m) => [m.entity, ...(m.how === "partial" ? (m.alternatives ?? []) : [])]);
  const ofProgram = [...deps.kb.entities.values()].filter((e) => e.type === "region" && (!program || e.parent === program.id));
  // A word of the question that is part of region names (広域 in 広域クラスターはどこ) names those regions.
  const words = query.leftover.split(/\s+/).filter((w) => w.length >= 2);
  const byWord = ofProgram.filter((r) => words.some((w) => r.name.includes(w)));
  const regions = namedRegions.length > 1 ? namedRegions : byWord.length > 0 ? byWord : ofProgram;
  // 実施地域はどこ？ names no program, field or region: the regions of every program at once answer nothing.
  const holders = [...new Set(regions.map((r) => r.parent).filter((p): p is string => !!p))].map((id) => deps.kb.entities.get(id)!);
  if (!program && !field && !trialOnly && namedRegions.length <= 1 && byWord.length === 0 && holders.length > 1)
    return askWhich(query, holders);
  const evidence: Attribute[] = [];
  // Several fields ask for regions in any of them (環境・エネルギー系), or with 両方 in every one (ITとライフ両方).
  const every = hasCue(deps, query, "allOf");
  const hasField = (region: Entity, f: Entity) => region.attributes.some((a) => a.key === "field" && a.ref === f.id);
  const hasAllFields = (region: Entity) =>
    fields.length === 0 || (every ? fields.every((f) => hasField(region, f)) : fields.some((f) => hasField(region, f)));
  const picked = regions.filter((region) => {
    if (!hasAllFields(region)) return false;
    const hits = region.attributes.filter(
      (a) =>
        (field ? a.key === "field" && fields.some((f) => a.ref === f.id) : true) &&
        (trialOnly ? region.attributes.some((t) => t.key === "trial") : true),
    );
    const wanted =
      field || trialOnly ? hits.filter((a) => a.key === (trialOnly && !field ? "trial" : "field")) : region.attributes.slice(0, 1);
    if ((field || trialOnly) && wanted.length === 0) return false;
    evidence.push(...wanted);
    return true;
  });
  const what = [
    field
      ? say(
          lang,
          `${fields.map((f) => f.name).join(every ? "・" : "または")}分野の`,
          `${fields.map((f) => f.nameEn ?? f.name).join(every ? " and " : " or ")} `,
        )
      : "",
    trialOnly ? say(lang, "試行地域の", "trial ") : "",
    program ? entityName(program, lang) : say(lang, "事業", "program"),
  ].join("");
  const topic = { intent: query.intent?.name, subject: program?.id };
  if (picked.length === 0) {
    // A phase with no regions of its own (第II期): the program's list is another answer, offered, never given as its.
    const parent = program?.parent ? deps.kb.entities.get(program.parent) : undefined;
    const listed = parent && [...deps.kb.entities.values()].some((e) => e.type === "region" && e.parent === parent.id);
    const name = parent ? shortEntityName(parent, lang) : "";
    return {
      status: "not_found",
      summary: say(lang, `${what}の実施地域は資料に見当たりません。`, `The documents list no regions for ${what}.`),
      lines: listed ? [say(lang, `資料にあるのは${name}としての地域一覧です。`, `They list the regions of ${name} as a whole.`)] : [],
      options: listed ? [{ label: name, question: say(lang, `${name}の実施地域は？`, `Which regions does ${name} cover?`) }] : [],
      topic,
    };
  }
  const { citations, numberOf } = numberCitations(evidence);
  const byProgram = new Map<string, Entity[]>();
  for (const r of picked) byProgram.set(r.parent ?? "", [...(byProgram.get(r.parent ?? "") ?? []), r]);
  const lines = [...byProgram].map(([parent, list]) => {
    const head = deps.kb.entities.get(parent) ? `${entityName(deps.kb.entities.get(parent)!, lang)}: ` : "";
    return `・${head}${list.map((r) => `${r.name}${fieldsOf(r)}`).join("、")}`;
  });
  const refs = [...new Set(evidence.map((a) => numberOf(a)))].map((n) => `[${n}]`).join("");
  return {
    status: "answered",
    summary: say(lang, `${what}の地域（${picked.length}件）: ${refs}`, `${regionsOfKind(what, program, lang)} (${picked.length}): ${refs}`),
    lines,
    citations,
    topic,
  };
}

/**
 * @example answerRegionField(understand("熊本エリアの分野は?"), deps).summary // "熊本エリアの分野は「ナノテク・材料」です。"
 */
export function answerRegionField(query: Query, deps: Deps): Draft {
  const { lang } = query;
  // A region named, or the one asked about before (神戸クラスターの中核研究所と分野: the same region's field).
  const named = query.mentions.map((m) => m.entity).filter((e) => e.type === "region");
  const before = query.previous?.subject ? deps.kb.entities.get(query.previous.subject) : undefined;
  const regions = named.length || !(query.samePart || query.followUp) || before?.type !== "region" ? named : [before];
  // Several regions named (鹿児島市エリアと松山エリア): one answer per region, joined.
  if (regions.length > 1)
    return joinDrafts(regions.map((r) => answerRegionField({ ...query, mentions: query.mentions.filter((m) => m.entity === r) }, deps)));
  const region = regions[0];
  if (!region)
    return {
      status: "clarify",
      summary: query.intent?.clarify?.[lang] ?? "",
      options: [...deps.kb.entities.values()]
        .filter((e) => e.type === "region")
        .slice(0, 6)
        .map((e) => ({ label: e.name, question: `${e.name}の分野は？` })),
    };
  // What the region works on, where the documents say it (神戸: 再生医療…), follows its field.
  const attributes = region.attributes.filter((a) => a.key === "field" || a.key === "trial" || a.key === "description");
  const program = region.parent ? deps.kb.entities.get(region.parent) : undefined;
  const topic = { intent: query.intent?.name, subject: region.id };
  const fields = region.attributes.filter((a) => a.key === "field").map((a) => a.value);
  if (fields.length === 0)
    return {
      status: "not_found",
      summary: say(lang, `${region.name}の分野は資料に書かれていません。`, `The documents do not give a field for ${region.name}.`),
      lines: program ? [say(lang, `${program.name}の実施地域です。`, `It is a region of ${entityName(program, lang)}.`)] : [],
      topic,
    };
  const { citations, numberOf } = numberCitations(attributes);
  const described = attributes.filter((a) => a.key === "description").map((a) => `${a.value} [${numberOf(a)}]`);
  const lines = [
    ...described,
    program
      ? say(
          lang,
          `${program.name}の実施地域${region.attributes.some((a) => a.key === "trial") ? "（試行地域）" : ""}です。`,
          `A region of ${entityName(program, lang)}${region.attributes.some((a) => a.key === "trial") ? " (trial region)" : ""}.`,
        )
      : "",
  ].filter(Boolean);
  return {
    status: "answered",
    summary: say(
      lang,
      `${region.name}の分野は「${[...new Set(fields)].join("、")}」です。 [1]`,
      `Field of ${region.name}: ${[...new Set(fields)].join(", ")} [1]`,
    ),
    lines,
    citations,
    topic,
  };
}

function fieldsOf(region: Entity): string {
  const fields = [...new Set(region.attributes.filter((a) => a.key === "field").map((a) => a.value))];
  const trial = region.attributes.some((a) => a.key === "trial") ? "・試行" : "";
  return fields.length || trial ? `［${fields.join("、")}${trial}］` : "";
}

function programOf(deps: Deps, id: string): Entity | undefined {
  const entity = deps.kb.entities.get(id);
  return entity?.type === "program" ? entity : entity?.parent ? deps.kb.entities.get(entity.parent) : undefined;
}

function commonParent(deps: Deps, regions: Entity[]): Entity | undefined {
  const parents = new Set(regions.map((r) => r.parent));
  const [only] = parents;
  return parents.size === 1 && only ? deps.kb.entities.get(only) : undefined;
}

/** Several answers as one: summaries as lines, citations renumbered in order. */
export function joinDrafts(drafts: Draft[]): Draft {
  const citations = drafts.flatMap((d) => d.citations ?? []);
  let offset = 0;
  const lines = drafts.flatMap((d) => {
    const shift = (text: string) => text.replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) + offset}]`);
    const out = [`・${shift(d.summary)}`, ...(d.lines ?? []).map(shift)];
    offset += d.citations?.length ?? 0;
    return out;
  });
  const status = drafts.some((d) => d.status === "answered") ? "answered" : drafts[0]!.status;
  return { status, summary: lines[0]!.replace(/^・/, ""), lines: lines.slice(1), citations, topic: drafts[0]!.topic };
}

function sameFieldAs(deps: Deps, query: Query, region: Entity): Draft {
  const { lang } = query;
  const own = region.attributes.filter((a) => a.key === "field");
  const others = [...deps.kb.entities.values()].filter((e) => e.type === "region" && e.id !== region.id && e.parent === region.parent);
  const matches = others.flatMap((e) =>
    e.attributes
      .filter((a) => a.key === "field" && own.some((o) => o.ref === a.ref))
      .slice(0, 1)
      .map((a) => ({ e, a })),
  );
  if (own.length === 0 || matches.length === 0)
    return {
      status: "not_found",
      summary: say(lang, `${region.name}と同じ分野の地域は資料に見当たりません。`, `No other region shares the field of ${region.name}.`),
      topic: { subject: region.id },
    };
  const { citations, numberOf } = numberCitations([...own, ...matches.map((m) => m.a)]);
  const lines = matches.map(({ e, a }) => `・${e.name}［${a.value}］ [${numberOf(a)}]`);
  return {
    status: "answered",
    summary: say(
      lang,
      `${region.name}（${[...new Set(own.map((o) => o.value))].join("、")}） [1] と同じ分野の地域:`,
      `Regions sharing the field of ${region.name} (${[...new Set(own.map((o) => o.value))].join(", ")}) [1]:`,
    ),
    lines,
    citations,
    topic: { subject: region.id },
  };
}

/**
 * "Trial regions of Knowledge Cluster Initiative": in English the kind of region (its field, trial) stands before
 * "regions", the program after (what reads "trial Knowledge Cluster Initiative" as one phrase).
 * @example regionsOfKind("trial Knowledge Cluster Initiative", program, "en") // "Trial regions of Knowledge Cluster Initiative"
 */
function regionsOfKind(what: string, program: Entity | undefined, lang: "ja" | "en"): string {
  const name = program ? entityName(program, lang) : "program";
  const kind = what.endsWith(name) ? what.slice(0, what.length - name.length) : "";
  const phrase = program ? `${kind}regions of ${name}` : `${kind}regions`;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
