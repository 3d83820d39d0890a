import { describe, expect, it } from "vitest";
import { foldKanaNames, foldLongVowels, katakanaWords } from "../../src/qa/fold-kana.js";

describe("foldKanaNames", () => {
  const names = katakanaWords(["知的クラスター創成事業", "都市エリア産学官連携促進事業"]);
  it("reads a name typed in hiragana as its katakana word", () => {
    expect(foldKanaNames("知的くらすたーの事業開始っていつ", names)).toBe("知的クラスターの事業開始っていつ");
  });
  it("leaves ordinary hiragana alone", () => {
    expect(foldKanaNames("っていつからだったっけ", names)).toBe("っていつからだったっけ");
  });
});

describe("foldLongVowels", () => {
  const names = katakanaWords(["知的クラスター創成事業", "産学官連携コーディネーター", "データベース"]);
  it("reads a katakana word typed without its last ー as the names write it", () => {
    expect(foldLongVowels("神戸クラスタの参加機関", katakanaWords(["知的クラスター創成事業"]))).toBe("神戸クラスターの参加機関");
    expect(foldLongVowels("コーディネータの役割", names)).toBe("コーディネーターの役割");
  });
  it("leaves a katakana word alone when the names have no form of it with ー", () => {
    expect(foldLongVowels("データの出典", names)).toBe("データの出典");
  });
});
