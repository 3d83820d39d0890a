import { describe, expect, it } from "vitest";
import { foldKanaNames, katakanaWords } from "../../src/qa/fold-kana.js";

describe("foldKanaNames", () => {
  const names = katakanaWords(["知的クラスター創成事業", "都市エリア産学官連携促進事業"]);
  it("reads a name typed in hiragana as its katakana word", () => {
    expect(foldKanaNames("知的くらすたーの事業開始っていつ", names)).toBe("知的クラスターの事業開始っていつ");
  });
  it("leaves ordinary hiragana alone", () => {
    expect(foldKanaNames("っていつからだったっけ", names)).toBe("っていつからだったっけ");
  });
});
