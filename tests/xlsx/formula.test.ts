import { fromFileFormula, shiftFormula, toFileFormula } from "../../src/workbook/xlsx/formula";

describe("formula text in files", () => {
  it("adds _xlfn. to functions newer than Excel 2007 and removes it when reading", () => {
    expect(toFileFormula('=IFNA(VLOOKUP(A2,Katalog!A:B,2,FALSE),"")')).toBe(
      '_xlfn.IFNA(VLOOKUP(A2,Katalog!A:B,2,FALSE),"")',
    );
    expect(toFileFormula('=MAXIFS(tblX[Antall],tblX[Etat],"NAV")')).toBe(
      '_xlfn.MAXIFS(tblX[Antall],tblX[Etat],"NAV")',
    );
    expect(toFileFormula("=SUMIFS(tblX[Antall],tblX[Etat],A1)")).toBe("SUMIFS(tblX[Antall],tblX[Etat],A1)");
    expect(fromFileFormula("_xlfn.IFNA(A1,0)+_xlfn._xlws.FILTER(A:A,B:B)")).toBe(
      "IFNA(A1,0)+FILTER(A:A,B:B)",
    );
  });

  it("leaves function-like text inside string literals alone", () => {
    expect(toFileFormula('="IFNA(" & IFS(A1,1)')).toBe('"IFNA(" & _xlfn.IFS(A1,1)');
  });

  it("stores the [@Col] this-row shorthand in its file form and reads it back", () => {
    expect(toFileFormula("=tblA[@Antall]*2")).toBe("tblA[[#This Row],[Antall]]*2");
    expect(toFileFormula("=tblA[@[Antall i alt]]")).toBe("tblA[[#This Row],[Antall i alt]]");
    expect(fromFileFormula("tblA[[#This Row],[Antall]]*2")).toBe("tblA[@Antall]*2");
    expect(fromFileFormula("tblA[[#This Row],[Antall i alt]]")).toBe("tblA[@[Antall i alt]]");
  });

  it("shifts the relative references of a shared formula", () => {
    expect(shiftFormula("A2*2+$B$1+C$3+$D4", 3, 1)).toBe("B5*2+$B$1+D$3+$D7");
    expect(shiftFormula("SUM(Ark1!A1:A3)", 1, 0)).toBe("SUM(Ark1!A2:A4)");
    expect(shiftFormula("'Ark A1'!A1+LOG10(A1)", 1, 0)).toBe("'Ark A1'!A2+LOG10(A2)");
    expect(shiftFormula('"A1"&tbl[A1]&A1', 2, 0)).toBe('"A1"&tbl[A1]&A3');
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });
});
