// Mamori report: sorts tables by a click on a column heading, and opens every collapsed block
// before printing so a printed report is complete. Plain DOM; nothing is loaded from anywhere.
(function () {
  'use strict';

  // A cell's sort key: its data-v when it has one, else its text read as a number when it is one
  // (thousands separators removed), NaN for a dash (missing), or the text itself.
  function key(cell) {
    if (cell.hasAttribute('data-v')) {
      return parseFloat(cell.getAttribute('data-v'));
    }
    var text = cell.textContent.trim();
    var plain = text.replace(/,/g, '');
    if (/^-?[0-9]+(\.[0-9]+)?$/.test(plain)) {
      return parseFloat(plain);
    }
    return text === '\u2014' ? NaN : text.toLowerCase();
  }

  // Missing values first, then numbers, then texts.
  function rank(v) {
    if (typeof v === 'number') {
      return isNaN(v) ? 0 : 1;
    }
    return 2;
  }

  function compare(x, y) {
    var r = rank(x) - rank(y);
    if (r !== 0 || rank(x) === 0) {
      return r;
    }
    if (x === y) {
      return 0;
    }
    return x > y ? 1 : -1;
  }

  function sortBy(table, column, heading) {
    var ascending = heading.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.removeAttribute('aria-sort');
    });
    heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var c = compare(key(a.cells[column]), key(b.cells[column]));
      return ascending ? c : -c;
    });
    rows.forEach(function (row) {
      body.appendChild(row);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.addEventListener('click', function () {
        sortBy(table, column, th);
      });
    });
  });

  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) {
      d.open = true;
    });
  });
}());
