/** The HTML report's inline script (plain ES2015, for `file://`): builds the page from the JSON block with `textContent` only. */
export const HTML_REPORT_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var report = data.report;
  var kinds = data.kinds;
  var summary = report.summary;
  var STATUSES = ['failed', 'uncovered', 'pending', 'not-run', 'covered', 'passed', 'not-expected'];
  function label(status) {
    return status.replace('-', ' ');
  }
  function pct(value) {
    return value === null || value === undefined ? 'n/a' : value + '%';
  }
  function withTest(counts) {
    return counts.covered + (counts.passed || 0) + (counts.failed || 0);
  }

  function el(tag, className, text, attributes) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }
  function add(parent, child) {
    parent.appendChild(child);
    return child;
  }
  function loc(file, line) {
    return line >= 1 ? file + ':' + line : file;
  }
  function bar(percent, label) {
    var value = Math.max(0, Math.min(100, Number(percent) || 0));
    var outer = el('div', 'bar', null,
      { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(value), 'aria-label': label });
    var fill = add(outer, el('div', 'bar-fill'));
    fill.style.width = value + '%';
    return outer;
  }
  function cell(row, label, className) {
    return add(row, el('td', className, null, { 'data-label': label }));
  }
  function headRow(table, columns) {
    var colgroup = add(table, el('colgroup'));
    var tr = add(add(table, el('thead')), el('tr'));
    columns.forEach(function (column) {
      add(colgroup, el('col', column[1]));
      add(tr, el('th', null, column[0], { scope: 'col' }));
    });
    return add(table, el('tbody'));
  }
  function option(select, value, text) {
    add(select, el('option', null, text, { value: value }));
  }

  document.getElementById('meta').textContent =
    'gherkin-bridge ' + data.version + ' · levels: ' + (report.levels.join(', ') || 'none');

  var countsBox = document.getElementById('counts');
  ['designs', 'featureFiles', 'scenarios', 'expected', 'covered', 'uncovered', 'pending', 'notRun']
    .concat(report.results ? ['passed', 'failed', 'verified'] : [], ['coverage', 'errors', 'warnings'])
    .forEach(function (key) {
      var name = key.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
      var value = key === 'verified' || key === 'coverage' ? pct(summary[key]) : summary[key];
      var card = add(countsBox, el('div', 'count count-' + name));
      add(card, el('span', 'count-value', value, { 'data-testid': 'count-' + name }));
      add(card, el('span', 'count-label', name.charAt(0).toUpperCase() + label(name.slice(1))));
    });
  document.getElementById('overall').appendChild(bar(summary.coverage, 'Overall coverage'));

  var statusSelect = document.getElementById('filter-status');
  var designSelect = document.getElementById('filter-design');
  var textInput = document.getElementById('filter-text');
  STATUSES.forEach(function (status) { option(statusSelect, status, label(status)); });
  report.designs.forEach(function (design) {
    option(designSelect, design.slug, design.title ? design.title + ' (' + design.slug + ')' : design.slug);
  });

  var rows = [];
  var sections = [];
  var designsBox = document.getElementById('designs');
  if (report.designs.length === 0) add(designsBox, el('p', 'empty', 'No design docs were found.'));
  report.designs.forEach(function (design) {
    var section = add(designsBox, el('section', 'design', null, { 'data-testid': 'design', 'data-design': design.slug }));
    add(section, el('h2', null, design.title || design.slug));
    var facts = add(section, el('p', 'design-facts muted'));
    add(facts, el('code', null, '@design:' + design.slug));
    add(facts, document.createTextNode(' · ' + design.path));
    if (design.feature) add(facts, document.createTextNode(' · ' + design.feature));
    add(facts, document.createTextNode(
      ' · ' + (design.featureFiles.length ? 'feature files: ' + design.featureFiles.join(', ') : 'no linked feature file')));
    add(section, el('p', 'design-coverage',
      withTest(design) + ' of ' + design.expected + ' expected covered (' + pct(design.coverage) + ')' +
      (report.results ? ', verified ' + pct(design.verified) : ''), { 'data-testid': 'design-coverage' }));
    add(section, bar(design.coverage, 'Coverage of ' + design.slug));

    var table = add(section, el('table', 'stack'));
    var tbody = headRow(table, [
      ['Req', 'col-id'], ['Requirement', 'col-text'], ['Levels', 'col-levels'],
      ['Status', 'col-status'], ['Scenarios', 'col-scenarios']
    ]);
    var entry = { node: section, design: design.slug, rows: [] };
    sections.push(entry);
    if (design.requirements.length === 0) {
      var only = cell(add(tbody, el('tr')), 'Requirements', 'empty');
      only.colSpan = 5;
      only.textContent = 'No requirements.';
    }
    design.requirements.forEach(function (requirement) {
      var tr = add(tbody, el('tr', 'req', null,
        { 'data-testid': 'req-row', 'data-status': requirement.status, 'data-design': design.slug, 'data-requirement': requirement.id }));
      add(cell(tr, 'Req', 'mono'), document.createTextNode(requirement.id));
      var text = cell(tr, 'Requirement');
      add(text, el('span', requirement.text === null ? 'empty' : null,
        requirement.text === null ? 'Not defined in the Requirements section' : requirement.text));
      add(text, el('span', 'loc mono', loc(design.path, requirement.line)));
      cell(tr, 'Levels').textContent = requirement.levels.join(', ') || '—';
      add(cell(tr, 'Status'), el('span', 'badge badge-' + requirement.status, label(requirement.status)));
      var scenarioCell = cell(tr, 'Scenarios');
      if (requirement.scenarios.length === 0) {
        add(scenarioCell, el('span', 'empty', 'none'));
      } else {
        var list = add(scenarioCell, el('ul'));
        requirement.scenarios.forEach(function (scenario) {
          var item = add(list, el('li', null, scenario.name, { 'data-testid': 'scenario', 'data-status': scenario.status }));
          if (scenario.status !== 'covered') {
            add(item, document.createTextNode(' '));
            add(item, el('span', 'badge badge-' + scenario.status, label(scenario.status), { 'data-testid': 'scenario-status' }));
          }
          add(item, el('span', 'loc mono', loc(scenario.file, scenario.line)));
          if (scenario.message) add(item, el('span', 'failure mono', scenario.message, { 'data-testid': 'failure-message' }));
        });
      }
      var haystack = [design.slug, design.title || '', requirement.id, requirement.text || '',
        requirement.status, label(requirement.status), requirement.levels.join(' ')];
      requirement.scenarios.forEach(function (scenario) {
        haystack.push(scenario.name, loc(scenario.file, scenario.line), scenario.message || '');
      });
      var row = { node: tr, status: requirement.status, design: design.slug, text: haystack.join(' ').toLowerCase() };
      rows.push(row);
      entry.rows.push(row);
    });
  });

  var findingRows = [];
  var findingsBox = document.getElementById('findings');
  if (report.findings.length === 0) {
    add(findingsBox, el('p', 'empty', 'No findings.'));
  } else {
    var findingsBody = headRow(add(findingsBox, el('table', 'stack')), [
      ['Severity', 'col-severity'], ['Kind', 'col-kind'], ['Location', 'col-location'], ['Message', 'col-message']
    ]);
    report.findings.forEach(function (finding) {
      var tr = add(findingsBody, el('tr', 'finding', null,
        { 'data-testid': 'finding-row', 'data-severity': finding.severity, 'data-kind': finding.kind }));
      if (finding.design !== undefined) tr.setAttribute('data-design', finding.design);
      add(cell(tr, 'Severity'), el('span', 'badge badge-' + finding.severity, finding.severity));
      var kind = add(cell(tr, 'Kind'), el('code', null, finding.kind));
      if (kinds[finding.kind]) kind.setAttribute('title', kinds[finding.kind].title + ': ' + kinds[finding.kind].help);
      cell(tr, 'Location', 'mono').textContent =
        loc(finding.file, finding.line) + (finding.requirement ? ' (' + finding.requirement + ')' : '');
      cell(tr, 'Message').textContent = finding.message;
      findingRows.push({
        node: tr,
        design: finding.design,
        text: [finding.kind, finding.severity, finding.file, finding.design || '', finding.requirement || '',
          finding.message].join(' ').toLowerCase()
      });
    });
  }

  var visibleCount = document.getElementById('visible-count');
  function apply() {
    var status = statusSelect.value;
    var design = designSelect.value;
    var text = textInput.value.trim().toLowerCase();
    function show(row, hidden) {
      row.show = !hidden && (!design || row.design === design) && (!text || row.text.indexOf(text) !== -1);
      row.node.classList.toggle('is-filtered-out', !row.show);
      return row.show;
    }
    var shown = rows.filter(function (row) { return show(row, status && row.status !== status); }).length;
    var shownFindings = findingRows.filter(function (row) { return show(row, false); }).length;
    sections.forEach(function (section) {
      var any = section.rows.some(function (row) { return row.show; });
      section.node.classList.toggle('is-filtered-out', Boolean(status || design || text) && !any);
    });
    visibleCount.textContent = 'Showing ' + shown + ' of ' + rows.length + ' requirements and ' +
      shownFindings + ' of ' + findingRows.length + ' findings';
  }
  statusSelect.addEventListener('change', apply);
  designSelect.addEventListener('change', apply);
  textInput.addEventListener('input', apply);
  document.getElementById('filter-reset').addEventListener('click', function () {
    statusSelect.value = '';
    designSelect.value = '';
    textInput.value = '';
    apply();
  });
  apply();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
