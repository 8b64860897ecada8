/**
 * Jest stub for `office-addin-manifest` (mapped in jest.config.js). office-addin-mock imports
 * the real package only for its `OfficeApp` enum; the real package pulls in modules that do not
 * load under Jest on Node 20. Values copied from office-addin-manifest/lib/officeApp.d.ts.
 */
"use strict";

const OfficeApp = Object.freeze({
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
});

module.exports = { OfficeApp };
