import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../src/qa/index.js";
import { foldRomaji, indexRomaji, shortVowels } from "../../src/qa/fold-romaji.js";
import { isEnglishWord } from "../../src/qa/query/english-words.js";

const deps = createDeps();
const fold = (q: string) => foldRomaji(q, deps.words.romaji, isEnglishWord, deps.kb.vocabulary.loanwords, deps.words.romajiWide);

describe("shortVowels", () => {
  it("drops the long vowels romaji often leaves out (じぎょう → じぎょ, そうごうてき → そごてき)", () => {
    expect(shortVowels("じぎょう")).toBe("じぎょ");
    expect(shortVowels("そうごうてき")).toBe("そごてき");
    expect(shortVowels("れんけい")).toBe("れんけい");
  });
});

describe("names typed in romaji", () => {
  it("are written as the names' words, joined when side by side", () => {
    expect(fold("sangakukan renkei honbu no seibi")).toBe("産学官連携本部の整備");
  });
  it("are read with or without long vowels (jigyo, jigyou)", () => {
    expect(fold("sogoteki jigyo")).toBe(fold("sougouteki jigyou"));
  });
  it("join words written apart that read as one (daigaku-hatsu → 大学発)", () => {
    expect(fold("daigaku-hatsu shinsangyo")).toContain("大学発新産業");
  });
  it("write a loanword as the name holds it only beside such a word (toshi area, not the area)", () => {
    expect(fold("toshi area budget")).toBe("都市エリア budget");
    // (Or the documents' katakana word typed in romaji, in an English sentence too.)
    expect(fold("toshi eria yosan for 2002?")).toBe("都市エリア予算 for 2002?");
    expect(fold("what is the area of the program")).toBe("what is the area of the program");
  });
  it("write an English ordinal before a name read from romaji as the name's term (4th kihon keikaku)", () => {
    expect(fold("what does the 4th kihon keikaku say")).toBe("what does the 第4期基本計画 say");
    expect(fold("the 4th basic plan")).toBe("the 4th basic plan");
  });
  it("read a Japanese word glossed in brackets in an English sentence, not English in brackets", () => {
    expect(fold("the efficiency (koritsusei) argument")).toBe("the efficiency (効率性) argument");
    expect(fold("clusters (in Germany)")).toBe("clusters (in Germany)");
  });
  it("read a verb typed in romaji by its stem, its ending kept in kana (kurabete → 比べて, fuete → 増えて)", () => {
    expect(fold("H19 to H20 de yosan wo kurabete")).toContain("比べて");
    expect(fold("kyodo kenkyu ga fuete kita?")).toContain("増えて");
  });
  it("read places written in katakana and the vocabulary's words for terms (doitsu, keisanshou)", () => {
    expect(fold("doitsu no daigaku hatsu venture")).toContain("ドイツ");
    expect(fold("keisanshou to no renkei")).toContain("経産省");
  });
  it("read 何 before a counter or noun as なん too (nan chiiki → 何地域)", () => {
    expect(fold("H19 nendo wa nan chiiki de yatteta no?")).toContain("何地域");
  });
  it("leave English words and words of no name alone", () => {
    expect(fold("joint research in 2011")).toBe("joint research in 2011");
  });
  it("are indexed from the readings once, the first word keeping a shared reading", () => {
    expect(indexRomaji({ 事業: "じぎょう", 字形: "じぎょう" }).words.get("じぎょ")).toBe("事業");
  });
});

describe("a question with a name in romaji", () => {
  it("is answered as if the name were typed in Japanese", () => {
    const qa = createAnswerer();
    expect(qa.answer("chiteki cluster no H16 gaisan youkyuu gaku").text).toContain("9000百万円");
  });
});

describe("romaji in quotes", () => {
  it("is read as the name inside the quotes ('chiteki cluster')", () => {
    expect(createAnswerer().answer("what exactly is a 'chiteki cluster'? definition pls").status).toBe("answered");
  });
});

describe("a whole question typed in romaji", () => {
  it("reads its particles between Japanese words, one or a run of them (no, no wa)", () => {
    expect(fold("toshi area no yosan")).toBe("都市エリアの予算");
    expect(fold("選定した no wa いつ")).toBe("選定したのはいつ");
  });
  it("leaves English short words alone (the budget to 2008 and no more)", () => {
    expect(fold("the budget to 2008 and no more")).toBe("the budget to 2008 and no more");
  });
  it("reads its question words as the lexicon writes them (ikura, itsu, tte nan desu ka, oshiete)", () => {
    const qa = createAnswerer();
    expect(qa.answer("スーパー産学官連携本部 tte nan desu ka").status).toBe("answered");
    expect(qa.answer("toshi area no 19 area wo sentei shita no wa itsu?").text).toContain("平成１４年７月");
  });
});

describe("whole questions typed in romaji", () => {
  it("write a phase as the documents do (dai 1 ki, dai2ki → 第1期, 第2期)", () => {
    expect(fold("chiteki cluster dai 1 ki no yosan")).toContain("第1期");
    expect(fold("dai2ki no yosan")).toContain("第2期");
  });
  it("keep the ん of a word before a vowel (yosan-an → 予算案)", () => {
    expect(fold("H20 yosan-an no kingaku")).toContain("予算案");
  });
  it("read the documents' own words in a Japanese sentence (kouritsusei wa → 効率性は)", () => {
    expect(fold("chiteki cluster no kouritsusei wa dou")).toContain("効率性");
  });
  it("leave an English sentence's words as typed, a person's name too (Mr. Nakagawa)", () => {
    expect(fold("What is Mr. Nakagawa doing now?")).toBe("What is Mr. Nakagawa doing now?");
    expect(fold("can you list them")).toBe("can you list them");
  });
});

describe("long vowels and syllable ends typed in romaji", () => {
  it("reads a katakana word's long vowel typed doubled (koodineetaa → コーディネーター)", () => {
    expect(fold("sangakukan renkei koodineetaa no yakuwari wa")).toMatch(/コーディネータ/);
  });
  it("keeps a particle's own vowel apart from the next word's (nani ga aru is not 何があ)", () => {
    expect(fold("nani ga hitsuyou")).not.toContain("何があ");
  });
  it("reads an n before a vowel as ん when nothing else reads (mihonichi → 見本市)", () => {
    expect(fold("daigaku mihonichi no wariai")).toContain("見本市");
  });
});

describe("words read alike in romaji", () => {
  it("are the one the documents use (shikou → 試行, not 施行)", () => {
    expect(fold("shikou 3 chiiki ni tsuite iinkai wa dou hyouka shita no?")).toContain("試行");
  });
  it("read a phase with a Roman numeral or a capital (dai I ki, Dai 2 ki)", () => {
    expect(fold("chiteki cluster dai I ki no yosan")).toContain("第I期");
    expect(fold("Dai 2 ki no yosan wa")).toContain("第2期");
  });
});

describe("the language of a question with names typed in romaji", () => {
  it("is English when the sentence is English (what's a super sangakukan renkei honbu)", () => {
    const answer = createAnswerer().answer("what's a 'super sangakukan renkei honbu'? never heard of it");
    expect(answer.lang).toBe("en");
    expect(answer.text).toContain("国際競争力");
  });
  it("is Japanese when the sentence is (toshi eria no yosan wa?)", () => {
    expect(createAnswerer().answer("toshi eria no yosan wa?").lang).toBe("ja");
  });
});
