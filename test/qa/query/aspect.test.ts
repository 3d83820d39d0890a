/**
 * Which aspect a descriptive question asks, read from the aspects declared in intents/lexicon.yaml.
 */
import { describe, expect, it } from "vitest";
import { loadIntents } from "../../../src/qa/load-intents.js";
import { createAnswerer } from "../../../src/qa/index.js";
import { detectAspect } from "../../../src/qa/query/aspect.js";

const { lexicon } = loadIntents();

describe("detectAspect", () => {
  it("reads why-is-it-needed questions, Japanese and English, as the need", () => {
    expect(detectAspect("総合的産学官連携推進事業はなぜ必要なのですか", lexicon)).toBe("necessity");
    expect(detectAspect("Why is the Knowledge Cluster Initiative needed?", lexicon)).toBe("necessity");
  });

  it("reads no aspect into politeness (なんですか holds なんで, why)", () => {
    expect(detectAspect("先端融合領域イノベーション創出拠点形成プログラムの目的はなんですか", lexicon)).toBe("purpose");
    expect(detectAspect("なんで必要なんですか", lexicon)).toBe("necessity");
  });

  it("prefers a real aspect over the weak what-is cue of the same question", () => {
    expect(detectAspect("地域科学技術関係施策の課題とは", lexicon)).toBe("issues");
    expect(detectAspect("What is the role of the cluster headquarters?", lexicon)).toBe("role");
  });

  it("reads how two bodies work together as collaboration, over the content words asked of it", () => {
    expect(detectAspect("文科省と経産省はどう連携してるの？", lexicon)).toBe("collaboration");
    expect(detectAspect("経産省との連携って具体的に何やるの？", lexicon)).toBe("collaboration");
    expect(detectAspect("How does MEXT work with METI?", lexicon)).toBe("collaboration");
    // The collaboration of a program's name (産学官連携) is no question about collaboration.
    expect(detectAspect("産学官連携の課題は？", lexicon)).toBe("issues");
  });

  it("reads a strong cue inside the term a what-is question ends on as part of the term (成果グラフの…4事業ってどれ)", () => {
    expect(detectAspect("成果グラフでいう文科省の4事業ってどれのこと？", lexicon)).toBe("definition");
    expect(detectAspect("地域科学技術関係施策の課題とは", lexicon)).toBe("issues");
  });

  it("reads issues asked with a general word after them (課題としてどんなこと) as the issues", () => {
    expect(detectAspect("都市エリアの課題としてどんなことがある？", lexicon)).toBe("issues");
    expect(detectAspect("都市エリアってどんなことしてる？", lexicon)).toBe("activities");
  });
  it("reads what a person does, in everyday words, as the role", () => {
    expect(detectAspect("コーディネーターって結局何してくれる人なの", lexicon)).toBe("role");
  });
  it("reads the plans a program rests on as its basis", () => {
    expect(detectAspect("総合的産学官連携推進事業の根拠になってる計画は？", lexicon)).toBe("basis");
    expect(detectAspect("知的クラスター創成事業はどの政策群に位置づけられてる？", lexicon)).toBe("basis");
  });

  it("takes the cue the question ends on when it names two aspects", () => {
    expect(detectAspect("総合的産学官連携推進事業の効果はどう把握する？", lexicon)).toBe("evaluation");
  });

  it("falls back to what-is, and to nothing for a question with no aspect word", () => {
    expect(detectAspect("スーパー産学官連携本部とは？", lexicon)).toBe("definition");
    expect(detectAspect("2011年の共同研究件数", lexicon)).toBeUndefined();
  });

  it("matches an English cue only as a whole word", () => {
    expect(detectAspect("needles and haystacks", lexicon)).toBeUndefined();
  });
});

describe("なんでした", () => {
  it("asks what it was, not why (構造改革プランの柱ってなんでした)", () => {
    const a = createAnswerer().answer("H13.6の構造改革プランの柱ってなんでした？");
    expect(a.text).toContain("人材大国の創造");
  });
});

describe("a word for a document", () => {
  it("is no aspect: 評価書に出てくる asks what the sheet lists, not an evaluation", () => {
    expect(detectAspect("評価書に出てくるプログラムは", lexicon)).toBeUndefined();
    expect(createAnswerer().answer("評価書に載ってる研究成果展開事業のプログラムを挙げて").text).toContain("A-STEP");
  });
});

describe("a weak cue asked after a name that a strong cue comes before", () => {
  it("is what is asked of the name (what does X mean: its meaning, not its activities)", () => {
    expect(detectAspect("what does 'knowledge cluster' mean?", lexicon)).toBe("definition");
    expect(detectAspect("what does '                 ' mean?", lexicon)).toBe("definition");
    expect(createAnswerer().answer("what does 'knowledge cluster' actually mean?").summary).toContain("overview");
  });
  it("leaves the strong cue with nothing between (what does it mean)", () => {
    expect(detectAspect("what does mean", lexicon)).not.toBe("definition");
  });
});
