// html-validate's recommended rules, run on every page of built sites (tests/quality/validate.sh).
// Each rule turned off below is a style rule for hand-written HTML or advice that does not fit
// generated publication pages; the reason is given beside it. Everything else is an error.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // The theme writes the HTML standard's own spelling, <!doctype html>.
    "doctype-style": ["error", { style: "lowercase" }],
    // Template conditionals leave indentation on lines whose content was not shown: invisible,
    // a few bytes per page, and stripping it would glue inline elements together.
    "no-trailing-whitespace": "off",
    // A paper page's <title> is the paper's title: cutting it to 70 characters would lose words
    // that readers and Google Scholar match on.
    "long-title": "off",
    // The header search box is a single text field: Enter submits it (implicit submission, no
    // script needed) and the search page's own form has a visible Search button.
    "wcag/h32": "off",
  },
};
