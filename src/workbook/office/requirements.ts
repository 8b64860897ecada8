/** Requirement-set checks, injectable so that tests can run without the Office global. */
export type Supports = (set: "ExcelApi", version: string) => boolean;

/** Office's own check when running inside Office; everything supported otherwise (tests, fakes). */
export const officeSupports: Supports = (set, version) => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return req ? req.isSetSupported(set, version) : true;
};
