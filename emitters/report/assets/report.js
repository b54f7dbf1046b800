// The rule map's only script: the rule catalogue's search and filters, and the marking of a
// rule's lines on the side-by-side page. Legacy text is only ever set as textContent.
(function () {
  'use strict';

  var kShown = 200;  // rows drawn at most: the rest is counted, never built (big estates)

  function option(select, value) {
    var element = document.createElement('option');
    element.value = value;
    element.textContent = value;
    select.appendChild(element);
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function initCatalogue() {
    var table = document.getElementById('rule-results');
    var index = window.REMINT_RULES;
    if (!table || !index) return;
    var search = document.getElementById('rule-search');
    var kind = document.getElementById('rule-kind');
    var program = document.getElementById('rule-program');
    var count = document.getElementById('rule-count');
    var body = table.tBodies[0];
    var rules = index.rules, names = index.names, programs = index.programs;
    // rule = [id, program, procedure, kind, condition, reads, writes, line] (indexes into the
    // programs and names tables).
    var R_ID = 0, R_PROGRAM = 1, R_PROCEDURE = 2, R_KIND = 3, R_CONDITION = 4, R_READS = 5,
        R_WRITES = 6, R_LINE = 7;
    function joined(list) {
      return list.map(function (n) { return names[n]; }).join(' ');
    }
    var kinds = {};
    rules.forEach(function (rule) { kinds[rule[R_KIND]] = true; });
    Object.keys(kinds).sort().forEach(function (k) { option(kind, k); });
    programs.map(function (p) { return p[0]; }).sort().forEach(function (p) { option(program, p); });
    var params = new URLSearchParams(window.location.search);
    if (params.get('q')) search.value = params.get('q');
    if (params.get('program')) program.value = params.get('program');

    var haystacks = null;  // built at the first search: opening the page costs nothing more
    function haystack(i) {
      if (!haystacks) {
        haystacks = rules.map(function (rule) {
          return [rule[R_ID], programs[rule[R_PROGRAM]][0], names[rule[R_PROCEDURE]], rule[R_KIND],
                  rule[R_CONDITION], joined(rule[R_READS]), joined(rule[R_WRITES])]
              .join('\n').toLowerCase();
        });
      }
      return haystacks[i];
    }

    function draw() {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var matches = [];
      for (var i = 0; i < rules.length; ++i) {
        var rule = rules[i];
        if (kind.value && rule[R_KIND] !== kind.value) continue;
        if (program.value && programs[rule[R_PROGRAM]][0] !== program.value) continue;
        var all = true;
        if (words.length) {
          var text = haystack(i);
          for (var w = 0; w < words.length && all; ++w) all = text.indexOf(words[w]) >= 0;
        }
        if (all) matches.push(rule);
      }
      var fragment = document.createDocumentFragment();
      matches.slice(0, kShown).forEach(function (rule) {
        var row = document.createElement('tr');
        var owner = programs[rule[R_PROGRAM]];
        row.className = 'rule-row';
        row.setAttribute('data-rule-id', rule[R_ID]);
        var link = document.createElement('a');
        link.className = 'rule-link';
        link.href = 'programs/' + encodeURIComponent(owner[1]) + '.html#' + rule[R_ID];
        link.textContent = rule[R_ID];
        cell(row, '').appendChild(link);
        cell(row, owner[0]);
        cell(row, names[rule[R_PROCEDURE]] + ' (' + rule[R_LINE] + ')');
        cell(row, rule[R_KIND]);
        cell(row, rule[R_CONDITION]);
        cell(row, joined(rule[R_READS]), 'names');
        cell(row, joined(rule[R_WRITES]), 'names');
        fragment.appendChild(row);
      });
      body.replaceChildren(fragment);
      count.textContent = matches.length + ' of ' + rules.length + ' rules' +
          (matches.length > kShown ? ' (the first ' + kShown + ' shown: refine the search)' : '');
    }
    var pending = 0;
    function later() {
      window.clearTimeout(pending);
      pending = window.setTimeout(draw, 60);
    }
    search.addEventListener('input', later);
    kind.addEventListener('change', draw);
    program.addEventListener('change', draw);
    document.getElementById('rule-filters').addEventListener('submit', function (event) {
      event.preventDefault();
      draw();
    });
    draw();
  }

  function lines(pane, prefix, ranges) {
    var found = [];
    ranges.split(',').filter(Boolean).forEach(function (range) {
      var parts = range.split('-');
      var first = parseInt(parts[0], 10), last = parseInt(parts[1] || parts[0], 10);
      for (var n = first; n <= last; ++n) {
        var line = document.getElementById(prefix + n);
        if (line && pane.contains(line)) found.push(line);
      }
    });
    return found;
  }

  function initSide() {
    var list = document.getElementById('rule-lines');
    var legacy = document.getElementById('legacy');
    var cpp = document.getElementById('cpp');
    if (!list || !legacy || !cpp) return;
    var picker = document.getElementById('side-rule');
    // Off-screen chunks are not laid out (content-visibility): offsets are guesses until the
    // browser scrolls there itself, so let it.
    function scrollTo(pane, line) {
      line.scrollIntoView({block: 'center', inline: 'nearest'});
    }
    function apply() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      document.querySelectorAll('.line.highlight').forEach(function (line) {
        line.classList.remove('highlight');
      });
      var entry = null;
      list.querySelectorAll('li').forEach(function (li) {
        if (li.getAttribute('data-rule') === id) entry = li;
      });
      if (!entry) return;
      if (picker) picker.value = id;
      var left = lines(legacy, 'L', entry.getAttribute('data-legacy'));
      var right = lines(cpp, 'C', entry.getAttribute('data-cpp'));
      left.concat(right).forEach(function (line) { line.classList.add('highlight'); });
      if (left.length) scrollTo(legacy, left[0]);
      if (right.length) scrollTo(cpp, right[0]);
    }
    if (picker) {
      picker.addEventListener('change', function () {
        if (picker.value) window.location.hash = picker.value;
      });
    }
    window.addEventListener('hashchange', apply);
    apply();
  }

  initCatalogue();
  initSide();
})();
