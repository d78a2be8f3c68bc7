/* fabriques site — the home page: map, filters and list.
 *
 * Reads window.FABRIQUES_SITE (data/fabriques.js), window.FABRIQUES_FOND
 * (data/departements.js, the base map; optional) and the page's texts
 * (#site-textes). Every record text is put in the page with textContent
 * or as an attribute value, never as HTML. The filters live in the URL
 * (?region=32&qpv=oui), so a filtered map can be shared. */
(function () {
  'use strict';

  var D = window.FABRIQUES_SITE;
  var textsNode = document.getElementById('site-textes');
  if (!D || !textsNode || !window.L) {
    return;
  }
  var T = JSON.parse(textsNode.textContent);
  var FOND = window.FABRIQUES_FOND || null;
  var PAGE = 100;
  var collator = new Intl.Collator(document.documentElement.lang || 'fr', { sensitivity: 'base', numeric: true });

  function fill(template, args) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(args, k) ? String(args[k]) : m;
    });
  }

  function fmt(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, T.thousands);
  }

  function singular(n) {
    return T.lang === 'fr' ? n <= 1 : n === 1;
  }

  /* Lower case, without accents or punctuation: « Saint-Étienne » and
     « saint etienne » are the same words. */
  function fold(s) {
    return String(s || '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\u0153/g, 'oe')
      .replace(/\u00e6/g, 'ae')
      .replace(/\u00df/g, 'ss')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  var deps = {};
  D.departements.forEach(function (d) {
    deps[d[0]] = { nom: d[1], region: d[2] };
  });

  var F = D.fabriques;
  F.forEach(function (f, i) {
    f.index = i;
    f.url = f.p ? 'fabriques/' + encodeURIComponent(f.id) + '/index.html' : null;
    f.search = ' ' + fold([f.nom, f.commune, f.cp, f.dep, f.dep && deps[f.dep] ? deps[f.dep].nom : '', f.txt].join(' ')) + ' ';
  });
  var byName = F.slice().sort(function (a, b) {
    return collator.compare(a.nom, b.nom) || (a.id < b.id ? -1 : 1);
  });

  /* --- the filters -------------------------------------------------------- */

  var form = document.getElementById('filtres');
  var fields = ['q', 'region', 'dep', 'qpv', 'num', 'cat', 'etat', 'statut'];

  function field(name) {
    return form.elements.namedItem(name);
  }

  function state() {
    var s = {};
    fields.forEach(function (name) {
      s[name] = field(name).value;
    });
    s.words = fold(s.q).split(' ').filter(Boolean);
    return s;
  }

  function tri(value, wanted) {
    if (wanted === 'oui') {
      return value === true;
    }
    if (wanted === 'non') {
      return value === false;
    }
    if (wanted === 'inconnu') {
      return value === null || value === undefined;
    }
    return true;
  }

  function matches(f, s) {
    if (s.region && f.reg !== s.region) {
      return false;
    }
    if (s.dep && f.dep !== s.dep) {
      return false;
    }
    if (!tri(f.qpv, s.qpv) || !tri(f.num, s.num)) {
      return false;
    }
    if (s.statut) {
      if (s.statut === 'inconnu' ? f.statut !== null : f.statut !== s.statut) {
        return false;
      }
    }
    if (s.cat || s.etat) {
      var found = f.actions.some(function (a) {
        return (!s.cat || a[0] === s.cat) && (!s.etat || a[1] === s.etat);
      });
      if (!found) {
        return false;
      }
    }
    for (var i = 0; i < s.words.length; i++) {
      if (f.search.indexOf(s.words[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  /* Only the départements of the chosen région are offered. */
  function narrowDepartements() {
    var region = field('region').value;
    var dep = field('dep');
    Array.prototype.forEach.call(dep.options, function (o) {
      var inside = !o.value || !region || (deps[o.value] && deps[o.value].region === region);
      o.hidden = !inside;
      o.disabled = !inside;
    });
    if (dep.value && dep.options[dep.selectedIndex].disabled) {
      dep.value = '';
    }
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    fields.forEach(function (name) {
      var v = params.get(name);
      if (v === null) {
        return;
      }
      var input = field(name);
      if (input.tagName === 'SELECT') {
        var known = Array.prototype.some.call(input.options, function (o) {
          return o.value === v;
        });
        if (known) {
          input.value = v;
        }
      } else {
        input.value = v;
      }
    });
    return params.get('fabrique');
  }

  function writeUrl() {
    var params = new URLSearchParams();
    fields.forEach(function (name) {
      var v = field(name).value;
      if (v) {
        params.set(name, v);
      }
    });
    var query = params.toString();
    window.history.replaceState(null, '', query ? '?' + query : window.location.pathname);
  }

  /* --- the map ------------------------------------------------------------- */

  var many = F.length > 5000;
  var map = L.map('carte', { preferCanvas: many, zoomSnap: 0.25, minZoom: 2, maxZoom: 18 });
  var outlines = null;
  var metropole = null;
  var territoryBounds = {};
  if (FOND) {
    outlines = L.geoJSON(FOND, {
      interactive: false,
      style: { color: '#ffffff', weight: 1, fillColor: '#dcdcdc', fillOpacity: 1 }
    }).addTo(map);
    outlines.eachLayer(function (layer) {
      var code = layer.feature.properties.code;
      var b = layer.getBounds();
      if (String(code).indexOf('97') === 0) {
        territoryBounds[code] = b;
      } else {
        metropole = metropole ? metropole.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
      }
    });
  }
  var osm = null;
  if (T.osm) {
    osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: T.osm_credit
    });
  }
  var points = L.featureGroup().addTo(map);
  var overlays = {};
  if (outlines) {
    overlays[T.layer_outlines] = outlines;
  }
  if (osm) {
    overlays[T.layer_osm] = osm;
    map.on('overlayadd overlayremove', function () {
      if (outlines) {
        outlines.setStyle({ fillOpacity: map.hasLayer(osm) ? 0 : 1 });
      }
    });
  }
  overlays[T.layer_points] = points;
  L.control.layers(null, overlays, { collapsed: true }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);

  var STYLE_ADDRESS = {
    radius: 6, color: '#ffffff', weight: 2, fillColor: '#000091', fillOpacity: 1,
    className: 'fab-marker fab-marker-adresse'
  };
  var STYLE_CENTRE = {
    radius: 6, color: '#c9191e', weight: 2.5, dashArray: '3 2', fillColor: '#ffffff', fillOpacity: 1,
    className: 'fab-marker fab-marker-centre'
  };

  /* Fabriques sharing one point (several in one commune's centre): each
     has its marker, and each marker's popup names them all. */
  var atPoint = {};
  F.forEach(function (f) {
    if (!f.pt) {
      return;
    }
    var key = f.pt[0] + ',' + f.pt[1];
    (atPoint[key] = atPoint[key] || []).push(f);
    f.key = key;
  });

  function pageLink(f, text) {
    if (!f.url) {
      return el('span', null, text);
    }
    var a = el('a', null, text);
    a.href = f.url;
    return a;
  }

  function place(f) {
    var parts = [];
    if (f.commune) {
      parts.push(f.commune);
    }
    if (f.dep && deps[f.dep]) {
      parts.push(deps[f.dep].nom);
    }
    return parts.join(', ');
  }

  var visible = {};

  function popup(f) {
    var box = el('div', 'popup');
    var title = el('p', 'popup-title');
    title.appendChild(pageLink(f, f.nom));
    box.appendChild(title);
    box.appendChild(el('p', null, place(f)));
    box.appendChild(el('p', 'popup-precision', f.pt[2] === 1 ? T.address : T.centre));
    if (f.url) {
      var open = el('p');
      open.appendChild(pageLink(f, T.open));
      box.appendChild(open);
    }
    var here = (atPoint[f.key] || []).filter(function (g) {
      return g !== f && visible[g.index];
    });
    if (here.length) {
      box.appendChild(el('p', null, fill(T.here_many, { n: here.length + 1 })));
      var ul = el('ul');
      here.forEach(function (g) {
        var li = el('li');
        li.appendChild(pageLink(g, g.nom));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    return box;
  }

  F.forEach(function (f) {
    if (!f.pt) {
      return;
    }
    f.marker = L.circleMarker([f.pt[0], f.pt[1]], f.pt[2] === 1 ? STYLE_ADDRESS : STYLE_CENTRE);
    f.marker.bindPopup(function () {
      return popup(f);
    });
    /* Name the drawn marker (SVG renderer) after its fabrique, for tests
       and assistive tools. */
    f.marker.on('add', function () {
      var node = f.marker.getElement && f.marker.getElement();
      if (node) {
        node.setAttribute('data-id', f.id);
      }
    });
  });

  function fitAll(list) {
    var withPoint = list.filter(function (f) {
      return f.pt;
    });
    if (withPoint.length) {
      map.fitBounds(L.latLngBounds(withPoint.map(function (f) {
        return [f.pt[0], f.pt[1]];
      })), { padding: [30, 30], maxZoom: 11 });
    }
  }

  function initialView() {
    if (metropole) {
      map.fitBounds(metropole, { padding: [10, 10] });
    } else if (F.some(function (f) { return f.pt; })) {
      fitAll(F);
    } else {
      map.setView([46.6, 2.4], 5);
    }
  }

  /* --- the overseas and mainland buttons ------------------------------------ */

  var chips = Array.prototype.slice.call(document.querySelectorAll('[data-territoire]'));
  chips.forEach(function (chip) {
    chip.appendChild(el('span', 'chip-count'));
    chip.addEventListener('click', function () {
      var code = chip.getAttribute('data-territoire');
      if (code === 'metropole' && metropole) {
        map.fitBounds(metropole, { padding: [10, 10] });
      } else if (code === 'tout') {
        fitAll(F.filter(function (f) { return visible[f.index]; }));
      } else if (territoryBounds[code]) {
        map.fitBounds(territoryBounds[code], { padding: [10, 10] });
      }
    });
  });

  function countTerritories(list) {
    var counts = { metropole: 0, tout: 0 };
    list.forEach(function (f) {
      counts.tout += 1;
      if (!f.dep) {
        return;
      }
      if (f.dep.indexOf('97') === 0) {
        counts[f.dep] = (counts[f.dep] || 0) + 1;
      } else {
        counts.metropole += 1;
      }
    });
    chips.forEach(function (chip) {
      var n = counts[chip.getAttribute('data-territoire')] || 0;
      chip.lastChild.textContent = '(' + fmt(n) + ')';
    });
  }

  /* --- the list ---------------------------------------------------------------- */

  var list = document.getElementById('liste');
  var more = document.getElementById('plus');
  var count = document.getElementById('compte');
  var shown = [];
  var rendered = 0;

  function badge(text, kind) {
    return el('span', 'badge' + (kind ? ' ' + kind : ''), text);
  }

  function item(f) {
    var li = el('li', 'fab-item');
    var name = pageLink(f, f.nom);
    name.className = 'fab-name';
    li.appendChild(name);
    li.appendChild(el('span', 'fab-meta', place(f)));
    var badges = el('span', 'badges');
    if (f.qpv === true) {
      badges.appendChild(badge(T.qpv, 'badge-blue'));
    } else if (f.qpv === false) {
      badges.appendChild(badge(T.hors_qpv));
    } else {
      badges.appendChild(badge(T.qpv_unknown, 'badge-unknown'));
    }
    if (f.num === true) {
      badges.appendChild(badge(T.numerique, 'badge-blue'));
    }
    li.appendChild(badges);
    if (f.marker) {
      var show = el('button', 'link-button', T.show_on_map);
      show.type = 'button';
      show.addEventListener('click', function () {
        focusOn(f);
      });
      li.appendChild(show);
    } else {
      li.appendChild(el('span', 'fab-meta', T.no_point));
    }
    return li;
  }

  function renderMore() {
    var end = Math.min(rendered + PAGE, shown.length);
    var frag = document.createDocumentFragment();
    for (var i = rendered; i < end; i++) {
      frag.appendChild(item(shown[i]));
    }
    list.appendChild(frag);
    rendered = end;
    var rest = shown.length - rendered;
    more.hidden = rest <= 0;
    more.textContent = fill(T.more, { n: fmt(Math.min(rest, PAGE)) });
  }

  function focusOn(f) {
    if (!map.hasLayer(points)) {
      points.addTo(map);
    }
    map.setView(f.marker.getLatLng(), Math.max(map.getZoom(), 10));
    f.marker.openPopup();
    document.getElementById('carte').scrollIntoView({ block: 'nearest' });
  }

  /* --- applying the filters ----------------------------------------------------- */

  function apply() {
    var s = state();
    visible = {};
    shown = byName.filter(function (f) {
      return matches(f, s);
    });
    shown.forEach(function (f) {
      visible[f.index] = true;
    });
    map.closePopup();
    points.clearLayers();
    F.forEach(function (f) {
      if (f.marker && visible[f.index]) {
        points.addLayer(f.marker);
      }
    });
    list.textContent = '';
    rendered = 0;
    if (shown.length) {
      renderMore();
    } else {
      list.appendChild(el('li', 'fab-item muted', T.none));
      more.hidden = true;
    }
    var n = shown.length;
    count.textContent = fill(singular(n) ? T.count_one : T.count_many, { n: fmt(n), total: fmt(F.length) });
    countTerritories(shown);
    window.FABRIQUES_ETAT = { affichees: n, marqueurs: points.getLayers().length };
  }

  var pending = null;
  function later() {
    window.clearTimeout(pending);
    pending = window.setTimeout(function () {
      writeUrl();
      apply();
    }, 150);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    writeUrl();
    apply();
  });
  form.addEventListener('input', later);
  form.addEventListener('change', function (e) {
    if (e.target === field('region')) {
      narrowDepartements();
    }
    writeUrl();
    apply();
  });
  form.addEventListener('reset', function () {
    window.setTimeout(function () {
      narrowDepartements();
      writeUrl();
      apply();
    }, 0);
  });
  more.addEventListener('click', renderMore);

  var wanted = readUrl();
  narrowDepartements();
  initialView();
  apply();
  if (wanted) {
    var target = F.filter(function (f) {
      return f.id === wanted && f.marker;
    })[0];
    if (target) {
      if (!visible[target.index]) {
        form.reset();
        narrowDepartements();
        apply();
      }
      map.setView(target.marker.getLatLng(), 11);
      target.marker.openPopup();
    }
  }
})();
