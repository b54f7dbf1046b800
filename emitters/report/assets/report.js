// The rule map's only script: the rule catalogue's search and filters, the search of the
// estate-wide tables, and the marking of a rule's lines on the side-by-side page. Legacy text is only ever set as textContent.
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
    // One array per column (page_catalogue.cpp): program, procedure and kind are numbers into
    // the programs, names and kinds tables; reads and writes are strings of name numbers.
    var names = index.names, programs = index.programs, kinds = index.kinds;
    var total = index.id.length;
    function joined(numbers) {
      return numbers ? numbers.split(' ').map(function (n) { return names[+n]; }).join(' ') : '';
    }
    kinds.slice().sort().forEach(function (k) { option(kind, k); });
    var params = new URLSearchParams(window.location.search);
    if (params.get('q')) search.value = params.get('q');
    // Ten thousand options take longer to build than the rest of the page: the list of programs
    // is filled when the filter is first used.
    var programsListed = false;
    function listPrograms() {
      if (programsListed) return;
      programsListed = true;
      var chosen = program.value;
      program.replaceChildren();
      option(program, '');
      program.options[0].textContent = 'every program';
      programs.map(function (p) { return p[0]; }).sort().forEach(function (p) { option(program, p); });
      program.value = chosen;
    }
    if (params.get('program')) {
      option(program, params.get('program'));
      program.value = params.get('program');
    }
    ['focus', 'mousedown', 'keydown'].forEach(function (event) {
      program.addEventListener(event, listPrograms);
    });

    var haystacks = null;  // built at the first search: opening the page costs nothing more
    function haystack(i) {
      if (!haystacks) {
        haystacks = new Array(total);
        for (var r = 0; r < total; ++r) {
          haystacks[r] = [index.id[r], programs[index.program[r]][0], names[index.procedure[r]],
                          kinds[index.kind[r]], index.condition[r], joined(index.reads[r]),
                          joined(index.writes[r])].join('\n').toLowerCase();
        }
      }
      return haystacks[i];
    }

    function draw() {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var wantedKind = kind.value ? kinds.indexOf(kind.value) : -1;
      var wantedProgram = program.value;
      var matches = [];
      for (var i = 0; i < total; ++i) {
        if (wantedKind >= 0 && index.kind[i] !== wantedKind) continue;
        if (wantedProgram && programs[index.program[i]][0] !== wantedProgram) continue;
        var all = true;
        if (words.length) {
          var text = haystack(i);
          for (var w = 0; w < words.length && all; ++w) all = text.indexOf(words[w]) >= 0;
        }
        if (all) matches.push(i);
      }
      var fragment = document.createDocumentFragment();
      matches.slice(0, kShown).forEach(function (r) {
        var row = document.createElement('tr');
        var owner = programs[index.program[r]];
        var id = index.id[r];
        row.className = 'rule-row';
        row.setAttribute('data-rule-id', id);
        var link = document.createElement('a');
        link.className = 'rule-link';
        link.href = 'programs/' + encodeURIComponent(owner[1]) + '.html#' + id;
        link.textContent = id;
        cell(row, '').appendChild(link);
        cell(row, owner[0]);
        cell(row, names[index.procedure[r]] + ' (' + index.line[r] + ')');
        cell(row, kinds[index.kind[r]]);
        cell(row, index.condition[r]);
        cell(row, joined(index.reads[r]), 'names');
        cell(row, joined(index.writes[r]), 'names');
        fragment.appendChild(row);
      });
      body.replaceChildren(fragment);
      count.textContent = matches.length + ' of ' + total + ' rules' +
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

  // The estate-wide tables (programs, calls): the page holds the first rows; the index of every
  // row (a script under assets/) is loaded when the search box is first used, and a search draws
  // at most kShown of its rows that hold every word. A cell is its text, or [text, href] or
  // [text, href, class].
  function initSearchTables() {
    document.querySelectorAll('form.table-search').forEach(function (form) {
      var id = form.getAttribute('data-table');
      var table = document.getElementById(id);
      if (!table) return;
      var index = null;
      var loading = false;
      function load() {
        if (loading) return;
        loading = true;
        var script = document.createElement('script');
        script.src = form.getAttribute('data-index');
        script.addEventListener('load', function () {
          index = (window.REMINT_TABLES || {})[id] || null;
          if (index && input.value) draw();
        });
        document.body.appendChild(script);
      }
      var input = form.querySelector('input');
      var count = document.getElementById(id + '-count');
      var rowAttribute = table.getAttribute('data-row-attribute');
      var columnClasses = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
        return th.className;
      });
      var noun = input.placeholder.replace(/^Search /, '');
      function text(value) { return typeof value === 'string' ? value : value[0]; }
      var haystacks = null;  // built at the first search
      function haystack(i) {
        if (!haystacks) {
          haystacks = index.rows.map(function (row) {
            return row.map(text).join('\n').toLowerCase();
          });
        }
        return haystacks[i];
      }
      function draw() {
        if (!index) return load();
        var rows = index.rows;
        var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        var matches = [];
        for (var i = 0; i < rows.length; ++i) {
          var all = true;
          for (var w = 0; w < words.length && all; ++w) all = haystack(i).indexOf(words[w]) >= 0;
          if (all) matches.push(rows[i]);
        }
        var fragment = document.createDocumentFragment();
        matches.slice(0, kShown).forEach(function (values) {
          var row = document.createElement('tr');
          if (rowAttribute && values.length) {
            row.setAttribute('data-' + rowAttribute, text(values[0]));
          }
          values.forEach(function (value, column) {
            var classes = [columnClasses[column] || ''];
            if (typeof value !== 'string' && value[2]) classes.push(value[2]);
            var td = cell(row, '', classes.filter(Boolean).join(' '));
            if (typeof value !== 'string' && value[1]) {
              var link = document.createElement('a');
              link.href = value[1];
              link.textContent = value[0];
              td.appendChild(link);
            } else {
              td.textContent = text(value);
            }
          });
          fragment.appendChild(row);
        });
        table.tBodies[0].replaceChildren(fragment);
        var total = rows.length + ' ' + noun;
        count.textContent = words.length
            ? matches.length + ' of ' + total +
                  (matches.length > kShown ? ' (the first ' + kShown + ' shown: refine the search)'
                                           : '')
            : (rows.length > kShown ? 'the first ' + kShown + ' of ' + total +
                                          ': search to find the others'
                                    : total);
      }
      var pending = 0;
      input.addEventListener('focus', load);
      input.addEventListener('input', function () {
        window.clearTimeout(pending);
        pending = window.setTimeout(draw, 60);
      });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        draw();
      });
    });
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
  initSearchTables();
  initSide();
})();
