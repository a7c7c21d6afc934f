import {
  ignoreGlobsForRoot,
  mergeRuleConfigs
} from "./chunk-YWFGEN3P.mjs";
import {
  writeFileAtomic
} from "./chunk-LCVS7ITY.mjs";
import {
  UsageError
} from "./chunk-WET34P3A.mjs";
import {
  DEFAULT_MAX_FILE_BYTES,
  classifyByName,
  classifyFile,
  classifyFiles,
  compareFindings,
  diskReader,
  lintRootFor,
  lintUnit,
  memoryReader,
  prepareUnit,
  relPath,
  settledUnit,
  uniqueFingerprints,
  unitReader,
  unreadFindings
} from "./chunk-HOAEH4G2.mjs";
import {
  allRules
} from "./chunk-SRO6KNJT.mjs";
import {
  resolveRuleSettings
} from "./chunk-WPCAXSPP.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-24WBT26Q.mjs";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/engine/baseline.ts
import { readFileSync } from "node:fs";
var BASELINE_SUPPRESSION = { kind: "external", justification: "baseline" };
function isBaselineSuppression(s) {
  return s.kind === BASELINE_SUPPRESSION.kind && s.justification === BASELINE_SUPPRESSION.justification;
}
function baselineOf(findings, root) {
  return {
    version: 2,
    entries: findings.filter((f) => (f.suppressions ?? []).every(isBaselineSuppression)).map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: relPath(root, f.range.file), message: f.message }))
  };
}
function writeBaseline(path, baseline) {
  writeFileAtomic(path, `${JSON.stringify(baseline, null, 2)}
`);
}
function readBaseline(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read baseline ${path}: ${err.code ?? String(err)}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`baseline ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const entries = data?.entries;
  const version = data?.version;
  if (version !== 1 && version !== 2 || !Array.isArray(entries))
    throw new UsageError(`baseline ${path} is not an mtlslint baseline (expected { "version": 2, "entries": [...] })`);
  for (const [i, e] of entries.entries()) {
    if (typeof e?.fingerprint !== "string")
      throw new UsageError(`baseline ${path}: entries[${i}] has no "fingerprint" string`);
  }
  return { version, entries };
}
function applyBaseline(findings, baseline) {
  const remaining = /* @__PURE__ */ new Map();
  for (const e of baseline.entries) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  const keysOf = (f) => baseline.version === 1 ? f.priorFingerprints ?? [f.fingerprint] : [f.fingerprint];
  let matched = 0;
  for (const f of findings) {
    if (f.suppressions?.length) continue;
    const keys = keysOf(f);
    if (!keys.some((k) => (remaining.get(k) ?? 0) > 0)) continue;
    if (baseline.version === 1) for (const k of keys) remaining.set(k, Math.max(0, (remaining.get(k) ?? 0) - 1));
    else remaining.set(f.fingerprint, (remaining.get(f.fingerprint) ?? 0) - 1);
    f.suppressions = [{ ...BASELINE_SUPPRESSION }];
    matched++;
  }
  let fixed = 0;
  for (const n of remaining.values()) fixed += n;
  return { matched, fixed };
}
function rebaseline(result) {
  const baseline = baselineOf(result.findings, result.root);
  for (const f of result.findings) {
    const kept = f.suppressions?.filter((s) => !isBaselineSuppression(s));
    if (kept?.length) f.suppressions = kept;
    else delete f.suppressions;
  }
  result.baseline = applyBaseline(result.findings, baseline);
  return baseline;
}

// src/engine/config-options.ts
function configLintOptions(config, root, overrides) {
  return {
    rules: mergeRuleConfigs(
      config.rules,
      config.reportUnusedDirectives ? { "unused-directive": config.reportUnusedDirectives } : void 0,
      config.requireDirectiveReason ? void 0 : { "directive-reason": "off" },
      overrides
    ),
    parameterFiles: [...config.parameterFiles],
    ignore: ignoreGlobsForRoot(config, root),
    requireMtls: config.requireMtls
  };
}

// src/engine/lint.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname3, isAbsolute, join as join3, relative as relative2, resolve as resolve3 } from "node:path";

// src/engine/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import { readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
var ALWAYS_SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform", ".hg", ".svn"]);
function loadGitignore(dir) {
  let text;
  try {
    text = readFileSync2(join(dir, ".gitignore"), "utf8");
  } catch {
    return void 0;
  }
  return (0, import_ignore.default)().add(text);
}
function isIgnored(layers, path, isDir) {
  for (const layer of layers) {
    const rel = relative(layer.dir, path).split(sep).join("/");
    if (!rel || rel.startsWith("..")) continue;
    if (layer.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
function isRegularFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function discover(paths, cwd, root, extraIgnore = [], tree) {
  const files = /* @__PURE__ */ new Set();
  const missing = [];
  const named = [];
  const directories = [];
  const seenDirs = /* @__PURE__ */ new Set();
  const extra = extraIgnore.length ? (0, import_ignore.default)().add([...extraIgnore]) : void 0;
  const rootLayers = (dir) => {
    const layers = [];
    const rel = relative(root, dir);
    if (rel.startsWith("..")) return layers;
    let cur = root;
    const parts = rel ? rel.split(sep) : [];
    for (let i = 0; i <= parts.length; i++) {
      const rules = loadGitignore(cur);
      if (rules) layers.push({ dir: cur, rules });
      const next = parts[i];
      if (next === void 0) break;
      cur = join(cur, next);
    }
    return layers;
  };
  const extraIgnored = (path, isDir) => {
    if (!extra) return false;
    const rel = relative(root, path).split(sep).join("/");
    return !!rel && !rel.startsWith("..") && extra.ignores(isDir ? `${rel}/` : rel);
  };
  const walk = (dir, layers, known) => {
    let real;
    try {
      real = known ?? realpathSync.native(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    tree?.listedDirectory(dir, real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const own = entries.some((e) => e.name === ".gitignore") ? loadGitignore(dir) : void 0;
    const here = own && !layers.some((l) => l.dir === dir) ? [...layers, { dir, rules: own }] : layers;
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      const path = prefix + entry.name;
      const link = entry.isSymbolicLink();
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (link) {
        try {
          const st = statSync(path);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (ALWAYS_SKIPPED.has(entry.name)) continue;
        let linked;
        if (link) {
          try {
            linked = realpathSync.native(path);
          } catch {
            continue;
          }
          if (tree && !tree.containsReal(linked)) continue;
        }
        if (isIgnored(here, path, true) || extraIgnored(path, true)) continue;
        walk(path, here, linked ?? (real.endsWith(sep) ? real : real + sep) + entry.name);
      } else if (isFile && classifyByName(path) !== void 0) {
        if (isIgnored(here, path, false) || extraIgnored(path, false)) continue;
        files.add(path);
        if (!link) tree?.listedFile(path);
      }
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) {
      directories.push({ arg: p, path: abs });
      walk(abs, rootLayers(abs));
    } else {
      files.add(abs);
      named.push(abs);
    }
  }
  const context = /* @__PURE__ */ new Set();
  for (const file of named) {
    const dir = dirname(file);
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      const sibling = join(dir, name);
      if (!files.has(sibling) && classifyByName(sibling) !== void 0 && isRegularFile(sibling)) context.add(sibling);
    }
  }
  return { files: [...files].sort(), context: [...context].sort(), missing, directories };
}

// src/engine/lint-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
var MAX_THREADS = 4;
var WORKER_MIN_FILES = 50;
var WORKER_MIN_BYTES = 2 * 1024 * 1024;
function workerEntry(base = import.meta.url) {
  if (!base.startsWith("file:")) return void 0;
  for (const name of ["./lint-worker.mjs", "./lint-worker.js"]) {
    const url = new URL(name, base);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
function threadCount(threads, units, cores = availableParallelism(), load = loadavg()[0] ?? 0) {
  const want = threads ?? Math.min(cores, 1 + Math.floor(Math.max(0, cores - load)));
  return Math.max(1, Math.min(want, units, MAX_THREADS));
}
var WORKER_HEAP_MB = 1024;
var IN_FLIGHT = 2;
var BATCH_FILES = 48;
function batchUnits(units, threads, maxFiles = BATCH_FILES) {
  const total = units.reduce((n, u) => n + u.files.length, 0);
  maxFiles = Math.max(1, Math.min(maxFiles, Math.floor(total / (threads * 4))));
  const batches = [];
  let current = [];
  let files = 0;
  units.forEach((unit, i) => {
    if (current.length && files + unit.files.length > maxFiles) {
      batches.push(current);
      current = [];
      files = 0;
    }
    current.push(i);
    files += unit.files.length;
  });
  if (current.length) batches.push(current);
  return batches;
}
async function lintUnitsInWorkers(units, entry, workers, init, inThread, options = {}) {
  const { Worker: WorkerThread } = await import("node:worker_threads");
  const results = new Array(units.length);
  const batches = batchUnits(units, workers + (options.mainThread ? 1 : 0));
  let next = 0;
  const take = () => next < batches.length ? next++ : void 0;
  const redone = [];
  const pool = Array.from(
    { length: workers },
    () => new Promise((done) => {
      let worker;
      try {
        worker = new WorkerThread(entry, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      } catch {
        done();
        return;
      }
      const inFlight = /* @__PURE__ */ new Set();
      let finished = false;
      const stop = () => {
        if (finished) return;
        finished = true;
        redone.push(...inFlight);
        inFlight.clear();
        void worker.terminate();
        done();
      };
      const fill = () => {
        while (inFlight.size < IN_FLIGHT) {
          const i = take();
          if (i === void 0) break;
          inFlight.add(i);
          worker.postMessage({ id: i, units: (batches[i] ?? []).map((u) => units[u]?.files ?? []) });
        }
        if (inFlight.size === 0) stop();
      };
      worker.on("message", (reply) => {
        if (!inFlight.delete(reply.id)) return;
        const batch = batches[reply.id] ?? [];
        if (reply.ok && reply.results.length === batch.length) batch.forEach((u, k) => results[u] = reply.results[k]);
        else redone.push(reply.id);
        fill();
      });
      worker.on("error", stop);
      worker.on("exit", stop);
      fill();
    })
  );
  if (options.mainThread) {
    for (let b = take(); b !== void 0; b = take()) {
      for (const i of batches[b] ?? []) {
        results[i] = await inThread(units[i]);
        await new Promise((resolve4) => setImmediate(resolve4));
      }
    }
  }
  await Promise.all(pool);
  for (let b = take(); b !== void 0; b = take()) redone.push(b);
  for (const b of redone.sort((x, y) => x - y)) for (const i of batches[b] ?? []) results[i] = await inThread(units[i]);
  return results.map((r, i) => {
    if (!r) throw new Error(`internal error: unit ${i} was not linted`);
    return r;
  });
}

// src/engine/units.ts
import { readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";
var RELATIVE_LITERAL = /(["'])(\.{1,2}(?:[\\/]|\\\/)[^"'\n\r$]*)\1/g;
var BICEP_FILE_LITERAL = /'([^'\n\r$@]*\.[A-Za-z0-9]{1,12})'/g;
var BICEP_REGISTRY = /^(br|ts)[:/]/i;
var TERRAFORM_SOURCE = /\.tf(\.json)?$/i;
var BICEP_SOURCE = /\.bicep(param)?$/i;
var UnionFind = class {
  parent = /* @__PURE__ */ new Map();
  find(x) {
    let root = x;
    for (let p = this.parent.get(root); p !== void 0 && p !== root; p = this.parent.get(root)) root = p;
    if (!this.parent.has(x)) this.parent.set(x, x);
    for (let cur = x; cur !== root; ) {
      const next = this.parent.get(cur);
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
};
var dirNode = (dir) => `dir:${dir.toLowerCase()}`;
function armNode(path) {
  const stem = path.replace(/\.jsonc?$/i, "").replace(/\.parameters$/i, "");
  return `arm:${stem.toLowerCase()}`;
}
function relativeTargets(file, text) {
  const out = [];
  const add = (literal) => {
    out.push(resolve2(dirname2(file), literal.replace(/\\\//g, "/")));
  };
  for (const m of text.matchAll(RELATIVE_LITERAL)) add(m[2]);
  if (BICEP_SOURCE.test(file)) {
    for (const m of text.matchAll(BICEP_FILE_LITERAL)) if (!BICEP_REGISTRY.test(m[1])) add(m[1]);
  }
  return out;
}
function isDirectory(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function listFiles(dir) {
  try {
    return readdirSync2(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => join2(dir, e.name));
  } catch {
    return [];
  }
}
function partitionUnits(files, reader, options = {}) {
  if (options.single) return files.length ? [{ files: [...files] }] : [];
  const uf = new UnionFind();
  const nodeOf = /* @__PURE__ */ new Map();
  const bicepDirs = /* @__PURE__ */ new Set();
  const scanned = /* @__PURE__ */ new Set();
  const scannedFiles = /* @__PURE__ */ new Set();
  const todo = [];
  const visit = (dir) => {
    if (scanned.has(dir)) return;
    scanned.add(dir);
    todo.push(dir);
  };
  const scan = (path, from) => {
    if (scannedFiles.has(path)) return;
    scannedFiles.add(path);
    const read = reader.read(path);
    if (!read.ok) return;
    for (const target of relativeTargets(path, read.text)) {
      const targetDir = isDirectory(target) ? target : dirname2(target);
      uf.union(from, dirNode(targetDir));
      uf.union(from, dirNode(target));
      if (BICEP_SOURCE.test(path)) bicepDirs.add(dirNode(targetDir));
      visit(targetDir);
    }
  };
  for (const f of files) {
    let node;
    switch (f.kind) {
      // JSON not looked at yet may be a template or parameter file: it goes where those go (a plan among them only shares a unit).
      case "json":
      case "arm-template":
      case "arm-parameters":
        node = armNode(f.path);
        break;
      case "terraform-plan":
        node = `plan:${f.path}`;
        break;
      case "bicep":
      case "bicepparam":
        node = dirNode(dirname2(f.path));
        bicepDirs.add(node);
        scan(f.path, node);
        break;
      default:
        node = dirNode(dirname2(f.path));
        if (TERRAFORM_SOURCE.test(f.path)) scan(f.path, node);
    }
    if (!node.startsWith("arm:") && !node.startsWith("plan:")) visit(dirname2(f.path));
    uf.find(node);
    nodeOf.set(f, node);
  }
  for (let dir = todo.pop(); dir !== void 0; dir = todo.pop()) {
    const node = dirNode(dir);
    for (const p of listFiles(dir)) if (TERRAFORM_SOURCE.test(p) || BICEP_SOURCE.test(p)) scan(p, node);
  }
  for (const f of files) {
    if ((f.kind === "json" || f.kind === "arm-template" || f.kind === "arm-parameters") && bicepDirs.has(dirNode(dirname2(f.path)))) {
      uf.union(nodeOf.get(f), dirNode(dirname2(f.path)));
    }
  }
  const units = /* @__PURE__ */ new Map();
  for (const f of files) {
    const root = uf.find(nodeOf.get(f));
    const unit = units.get(root) ?? { files: [] };
    unit.files.push(f);
    units.set(root, unit);
  }
  return [...units.values()];
}

// src/engine/wasm-tiering.ts
var decided = false;
async function chooseWasmTiering(baselineOnly) {
  if (decided) return;
  decided = true;
  if (!baselineOnly) return;
  const { setFlagsFromString } = await import("node:v8");
  setFlagsFromString("--liftoff-only");
  setFlagsFromString("--wasm-lazy-validation");
}

// src/engine/lint.ts
function findRepositoryRoot(start) {
  let dir = resolve3(start);
  for (; ; ) {
    if (existsSync2(join3(dir, ".git"))) return dir;
    const up = dirname3(dir);
    if (up === dir) return resolve3(start);
    dir = up;
  }
}
async function lintPaths(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? findRepositoryRoot(cwd);
  const started = performance.now();
  const named = paths.length ? paths : ["."];
  const tree = lintRootFor(root, named.map((p) => resolve3(cwd, p)), (options.parameterFiles ?? []).map((p) => resolve3(cwd, p)));
  const found = discover(named, cwd, root, options.ignore, tree);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (found.missing.length) {
    throw new UsageError(`No such file or directory: ${found.missing.join(", ")}`);
  }
  const disk = diskReader(maxBytes, false, tree);
  const empty = found.directories.filter((d) => !found.files.some((f) => isUnder(f, d.path) && classifyFile(f, disk) !== void 0));
  if (empty.length) {
    throw new UsageError(
      `No files to lint in ${empty.map((d) => d.arg).join(", ")}: no Bicep, ARM template or parameter file, Terraform or Terraform plan was found there (ignored files and folders are left out).`
    );
  }
  const all = [...found.files, ...found.context];
  const focus = found.context.length ? new Set(found.files) : void 0;
  const overlay = new Map([...options.overlay ?? []].filter(([path]) => tree.refusal(path) === void 0));
  const base = overlay.size ? memoryReader(overlay, disk) : disk;
  const run = (overrides) => overrides.size || base !== disk ? lintFiles(all, memoryReader(overrides, base), { ...options, cwd, root }, focus) : lintFiles(all, disk, { ...options, cwd, root }, focus, { maxFileBytes: maxBytes, tree });
  const result = await finish(run, options, (real) => tree.refusal(real));
  result.stats.durationMs = performance.now() - started;
  return result;
}
function isUnder(file, dir) {
  const rel = relative2(dir, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
async function lintSources(sources, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? cwd;
  const started = performance.now();
  const map = new Map(sources.map((s) => [resolve3(cwd, s.path), s.text]));
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const disk = diskReader(maxBytes, /* @__PURE__ */ new Map(), lintRootFor(root, [], (options.parameterFiles ?? []).map((p) => resolve3(cwd, p))));
  const run = (overrides) => lintFiles([...map.keys()], memoryReader(new Map([...map, ...overrides]), disk), { ...options, cwd, root });
  const result = await finish(run, options.fix ? { ...options, fix: "dry-run" } : options);
  result.stats.durationMs = performance.now() - started;
  return result;
}
async function finish(run, options, canWrite) {
  let result = await run(/* @__PURE__ */ new Map());
  if (options.fix) result = await (await import("./fix-VXFR5BD3.mjs")).fixRun(result, run, options.fix, void 0, options.fixOnly, canWrite, options.unsafeFixes);
  if (options.baseline) result.baseline = applyBaseline(result.findings, options.baseline);
  return result;
}
async function lintFiles(paths, reader, options, focus, parallel) {
  const rules = allRules();
  const settings = resolveRuleSettings(rules, options.rules);
  const { files: classified, unread } = focus ? classifyFiles(paths, reader) : byName(paths);
  const parameterFiles = (options.parameterFiles ?? []).map((p) => resolve3(options.cwd, p));
  const single = options.singleUnit === true || options.requireMtls !== void 0 && options.requireMtls !== "all" || parameterFiles.length > 0;
  const units = partitionUnits(classified, reader, { single }).filter((u) => !focus || u.files.some((f) => focus.has(f.path)));
  const ctx = {
    rules,
    settings,
    root: options.root,
    parameterFiles,
    ...options.requireMtls ? { requireMtls: options.requireMtls } : {},
    ...options.inMtlsScope ? { inMtlsScope: options.inMtlsScope } : {},
    ...focus ? { focus } : {},
    ...options.fix ? { keepAllTexts: true } : {},
    ...options.prefilter === false ? { parseAll: true } : {}
  };
  const inThread = (unit) => lintUnit(unit, unitReader(reader), ctx);
  let results;
  const entry = parallel && !options.inMtlsScope && !options.fix ? workerEntry() : void 0;
  const threads = entry ? threadCount(options.threads, units.length) : 1;
  let largeRun;
  const large = () => largeRun ??= worthWorkers(classified, reader);
  const tiering = (workers) => options.shortLived && classified.some((f) => HCL_KINDS.has(f.kind)) ? chooseWasmTiering(!workers && !large()) : void 0;
  if (entry && threads > 1) {
    results = new Array(units.length);
    const pending = [];
    let weight = 0;
    units.forEach((unit, i) => {
      const prepared = prepareUnit(unit, unitReader(reader), ctx);
      const settled = settledUnit(prepared);
      if (settled) results[i] = settled;
      else {
        pending.push(i);
        weight += prepared.weight;
      }
    });
    const left = pending.map((i) => units[i]);
    const count = Math.min(threads, left.length);
    const workers = count > 1 && (options.threads !== void 0 || weight >= WORKER_MIN_BYTES);
    await tiering(workers);
    let done;
    if (workers) {
      const init = {
        root: options.root,
        parameterFiles,
        maxFileBytes: parallel?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        roots: [...parallel?.tree.paths ?? [options.root]],
        ...options.rules ? { rules: { ...options.rules } } : {},
        ...options.requireMtls ? { requireMtls: options.requireMtls } : {},
        ...focus ? { focus: [...focus] } : {},
        ...options.prefilter === false ? { parseAll: true } : {}
      };
      done = await lintUnitsInWorkers(left, entry, count - 1, init, inThread, { mainThread: true });
    } else {
      done = [];
      for (const unit of left) done.push(await inThread(unit));
    }
    pending.forEach((u, k) => results[u] = done[k]);
  } else {
    await tiering(false);
    results = [];
    for (const unit of units) results.push(await inThread(unit));
  }
  const readable = /* @__PURE__ */ new Set();
  const kinds = new Map(classified.map((f) => [f.path, f.kind]));
  for (const r of results) {
    for (const [path, kind] of r.sniffed ?? []) kinds.set(path, kind);
    if (r.unread) unread.push(...r.unread);
  }
  if (unread.length > 1) {
    const order = new Map(paths.map((p, i) => [p, i]));
    unread.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  }
  const findings = unreadFindings(
    unread.filter((u) => !focus || focus.has(u.file)),
    settings,
    options.root
  );
  const declared = { sites: 0, slots: 0, certificates: 0, notRead: unread.length };
  let hiddenNotAnalysed = 0;
  const texts = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  for (const r of results) {
    for (const f of r.readable) readable.add(f);
    for (const f of r.findings) findings.push(f);
    for (const [k, v] of r.texts) texts.set(k, v);
    for (const [k, n] of r.problems) counts.set(k, (counts.get(k) ?? 0) + n);
    for (const k of ["sites", "slots", "certificates", "notRead"]) declared[k] += r.declared[k];
    hiddenNotAnalysed += r.hiddenNotAnalysed;
  }
  findings.sort(compareFindings);
  uniqueFingerprints(findings, (file) => texts.get(file));
  const filesByKind = {};
  const linted = classified.filter((f) => readable.has(f.path)).map((f) => ({ path: f.path, kind: kinds.get(f.path) }));
  for (const f of linted) filesByKind[f.kind] = (filesByKind[f.kind] ?? 0) + 1;
  const files = linted.map((f) => f.path).filter((f) => !focus || focus.has(f));
  const open = findings.filter((f) => !f.suppressions?.length);
  const result = {
    findings,
    files,
    texts,
    root: options.root,
    stats: { durationMs: 0, filesByKind },
    coverage: {
      files: files.length,
      sites: declared.sites,
      slots: declared.slots,
      certificates: declared.certificates,
      unresolved: open.filter((f) => f.ruleId === "unresolved-setting").length,
      // Notes left out because `not-analysed` is off still count: the coverage line is never silent about them.
      notAnalysed: open.filter((f) => f.ruleId === "not-analysed").length + hiddenNotAnalysed,
      ...hiddenNotAnalysed ? { notAnalysedHidden: hiddenNotAnalysed } : {},
      notRead: declared.notRead
    },
    parseProblems: counts
  };
  return result;
}
function byName(paths) {
  const files = [];
  for (const path of paths) {
    const kind = classifyByName(path);
    if (kind) files.push({ path, kind });
  }
  return { files, unread: [] };
}
var HCL_KINDS = /* @__PURE__ */ new Set(["terraform", "terraform-json", "tfvars", "tfvars-json"]);
function worthWorkers(files, reader) {
  if (files.length < WORKER_MIN_FILES) return false;
  let bytes = 0;
  for (const f of files) {
    bytes += reader.size(f.path) ?? 0;
    if (bytes >= WORKER_MIN_BYTES) return true;
  }
  return false;
}

export {
  writeBaseline,
  readBaseline,
  rebaseline,
  configLintOptions,
  findRepositoryRoot,
  lintPaths,
  lintSources
};
