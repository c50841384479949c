const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/elk.bundled-Cg7ZkEa6.js","assets/rolldown-runtime-CxzVj0u6.js"])))=>i.map(i=>d[i]);
import { r as __toESM, t as __commonJSMin } from "./rolldown-runtime-CxzVj0u6.js";
import { a as navigate, c as require_react_dom, i as require_jsx_runtime, l as require_react, n as attempt, o as api, r as notify, s as unwrap, t as __vitePreload } from "./index-BFxraD5A.js";
// node_modules/classcat/index.js
var import_react = /* @__PURE__ */ __toESM(require_react(), 1);
var import_jsx_runtime = require_jsx_runtime();
function cc(names) {
	if (typeof names === "string" || typeof names === "number") return "" + names;
	let out = "";
	if (Array.isArray(names)) {
		for (let i = 0, tmp; i < names.length; i++) if ((tmp = cc(names[i])) !== "") out += (out && " ") + tmp;
	} else for (let k in names) if (names[k]) out += (out && " ") + k;
	return out;
}
// node_modules/d3-dispatch/dist/d3-dispatch.mjs
var noop = { value: () => {} };
function dispatch() {
	for (var i = 0, n = arguments.length, _ = {}, t; i < n; ++i) {
		if (!(t = arguments[i] + "") || t in _ || /[\s.]/.test(t)) throw new Error("illegal type: " + t);
		_[t] = [];
	}
	return new Dispatch(_);
}
function Dispatch(_) {
	this._ = _;
}
function parseTypenames$1(typenames, types) {
	return typenames.trim().split(/^|\s+/).map(function(t) {
		var name = "", i = t.indexOf(".");
		if (i >= 0) name = t.slice(i + 1), t = t.slice(0, i);
		if (t && !types.hasOwnProperty(t)) throw new Error("unknown type: " + t);
		return {
			type: t,
			name
		};
	});
}
Dispatch.prototype = dispatch.prototype = {
	constructor: Dispatch,
	on: function(typename, callback) {
		var _ = this._, T = parseTypenames$1(typename + "", _), t, i = -1, n = T.length;
		if (arguments.length < 2) {
			while (++i < n) if ((t = (typename = T[i]).type) && (t = get$1(_[t], typename.name))) return t;
			return;
		}
		if (callback != null && typeof callback !== "function") throw new Error("invalid callback: " + callback);
		while (++i < n) if (t = (typename = T[i]).type) _[t] = set$1(_[t], typename.name, callback);
		else if (callback == null) for (t in _) _[t] = set$1(_[t], typename.name, null);
		return this;
	},
	copy: function() {
		var copy = {}, _ = this._;
		for (var t in _) copy[t] = _[t].slice();
		return new Dispatch(copy);
	},
	call: function(type, that) {
		if ((n = arguments.length - 2) > 0) for (var args = new Array(n), i = 0, n, t; i < n; ++i) args[i] = arguments[i + 2];
		if (!this._.hasOwnProperty(type)) throw new Error("unknown type: " + type);
		for (t = this._[type], i = 0, n = t.length; i < n; ++i) t[i].value.apply(that, args);
	},
	apply: function(type, that, args) {
		if (!this._.hasOwnProperty(type)) throw new Error("unknown type: " + type);
		for (var t = this._[type], i = 0, n = t.length; i < n; ++i) t[i].value.apply(that, args);
	}
};
function get$1(type, name) {
	for (var i = 0, n = type.length, c; i < n; ++i) if ((c = type[i]).name === name) return c.value;
}
function set$1(type, name, callback) {
	for (var i = 0, n = type.length; i < n; ++i) if (type[i].name === name) {
		type[i] = noop, type = type.slice(0, i).concat(type.slice(i + 1));
		break;
	}
	if (callback != null) type.push({
		name,
		value: callback
	});
	return type;
}
// node_modules/d3-selection/dist/d3-selection.mjs
var xhtml = "http://www.w3.org/1999/xhtml";
var namespaces = {
	svg: "http://www.w3.org/2000/svg",
	xhtml,
	xlink: "http://www.w3.org/1999/xlink",
	xml: "http://www.w3.org/XML/1998/namespace",
	xmlns: "http://www.w3.org/2000/xmlns/"
};
function namespace(name) {
	var prefix = name += "", i = prefix.indexOf(":");
	if (i >= 0 && (prefix = name.slice(0, i)) !== "xmlns") name = name.slice(i + 1);
	return namespaces.hasOwnProperty(prefix) ? {
		space: namespaces[prefix],
		local: name
	} : name;
}
function creatorInherit(name) {
	return function() {
		var document = this.ownerDocument, uri = this.namespaceURI;
		return uri === xhtml && document.documentElement.namespaceURI === xhtml ? document.createElement(name) : document.createElementNS(uri, name);
	};
}
function creatorFixed(fullname) {
	return function() {
		return this.ownerDocument.createElementNS(fullname.space, fullname.local);
	};
}
function creator(name) {
	var fullname = namespace(name);
	return (fullname.local ? creatorFixed : creatorInherit)(fullname);
}
function none() {}
function selector(selector) {
	return selector == null ? none : function() {
		return this.querySelector(selector);
	};
}
function selection_select(select) {
	if (typeof select !== "function") select = selector(select);
	for (var groups = this._groups, m = groups.length, subgroups = new Array(m), j = 0; j < m; ++j) for (var group = groups[j], n = group.length, subgroup = subgroups[j] = new Array(n), node, subnode, i = 0; i < n; ++i) if ((node = group[i]) && (subnode = select.call(node, node.__data__, i, group))) {
		if ("__data__" in node) subnode.__data__ = node.__data__;
		subgroup[i] = subnode;
	}
	return new Selection$1(subgroups, this._parents);
}
function array$1(x) {
	return x == null ? [] : Array.isArray(x) ? x : Array.from(x);
}
function empty() {
	return [];
}
function selectorAll(selector) {
	return selector == null ? empty : function() {
		return this.querySelectorAll(selector);
	};
}
function arrayAll(select) {
	return function() {
		return array$1(select.apply(this, arguments));
	};
}
function selection_selectAll(select) {
	if (typeof select === "function") select = arrayAll(select);
	else select = selectorAll(select);
	for (var groups = this._groups, m = groups.length, subgroups = [], parents = [], j = 0; j < m; ++j) for (var group = groups[j], n = group.length, node, i = 0; i < n; ++i) if (node = group[i]) {
		subgroups.push(select.call(node, node.__data__, i, group));
		parents.push(node);
	}
	return new Selection$1(subgroups, parents);
}
function matcher(selector) {
	return function() {
		return this.matches(selector);
	};
}
function childMatcher(selector) {
	return function(node) {
		return node.matches(selector);
	};
}
var find = Array.prototype.find;
function childFind(match) {
	return function() {
		return find.call(this.children, match);
	};
}
function childFirst() {
	return this.firstElementChild;
}
function selection_selectChild(match) {
	return this.select(match == null ? childFirst : childFind(typeof match === "function" ? match : childMatcher(match)));
}
var filter = Array.prototype.filter;
function children() {
	return Array.from(this.children);
}
function childrenFilter(match) {
	return function() {
		return filter.call(this.children, match);
	};
}
function selection_selectChildren(match) {
	return this.selectAll(match == null ? children : childrenFilter(typeof match === "function" ? match : childMatcher(match)));
}
function selection_filter(match) {
	if (typeof match !== "function") match = matcher(match);
	for (var groups = this._groups, m = groups.length, subgroups = new Array(m), j = 0; j < m; ++j) for (var group = groups[j], n = group.length, subgroup = subgroups[j] = [], node, i = 0; i < n; ++i) if ((node = group[i]) && match.call(node, node.__data__, i, group)) subgroup.push(node);
	return new Selection$1(subgroups, this._parents);
}
function sparse(update) {
	return new Array(update.length);
}
function selection_enter() {
	return new Selection$1(this._enter || this._groups.map(sparse), this._parents);
}
function EnterNode(parent, datum) {
	this.ownerDocument = parent.ownerDocument;
	this.namespaceURI = parent.namespaceURI;
	this._next = null;
	this._parent = parent;
	this.__data__ = datum;
}
EnterNode.prototype = {
	constructor: EnterNode,
	appendChild: function(child) {
		return this._parent.insertBefore(child, this._next);
	},
	insertBefore: function(child, next) {
		return this._parent.insertBefore(child, next);
	},
	querySelector: function(selector) {
		return this._parent.querySelector(selector);
	},
	querySelectorAll: function(selector) {
		return this._parent.querySelectorAll(selector);
	}
};
function constant$3(x) {
	return function() {
		return x;
	};
}
function bindIndex(parent, group, enter, update, exit, data) {
	var i = 0, node, groupLength = group.length, dataLength = data.length;
	for (; i < dataLength; ++i) if (node = group[i]) {
		node.__data__ = data[i];
		update[i] = node;
	} else enter[i] = new EnterNode(parent, data[i]);
	for (; i < groupLength; ++i) if (node = group[i]) exit[i] = node;
}
function bindKey(parent, group, enter, update, exit, data, key) {
	var i, node, nodeByKeyValue = /* @__PURE__ */ new Map(), groupLength = group.length, dataLength = data.length, keyValues = new Array(groupLength), keyValue;
	for (i = 0; i < groupLength; ++i) if (node = group[i]) {
		keyValues[i] = keyValue = key.call(node, node.__data__, i, group) + "";
		if (nodeByKeyValue.has(keyValue)) exit[i] = node;
		else nodeByKeyValue.set(keyValue, node);
	}
	for (i = 0; i < dataLength; ++i) {
		keyValue = key.call(parent, data[i], i, data) + "";
		if (node = nodeByKeyValue.get(keyValue)) {
			update[i] = node;
			node.__data__ = data[i];
			nodeByKeyValue.delete(keyValue);
		} else enter[i] = new EnterNode(parent, data[i]);
	}
	for (i = 0; i < groupLength; ++i) if ((node = group[i]) && nodeByKeyValue.get(keyValues[i]) === node) exit[i] = node;
}
function datum(node) {
	return node.__data__;
}
function selection_data(value, key) {
	if (!arguments.length) return Array.from(this, datum);
	var bind = key ? bindKey : bindIndex, parents = this._parents, groups = this._groups;
	if (typeof value !== "function") value = constant$3(value);
	for (var m = groups.length, update = new Array(m), enter = new Array(m), exit = new Array(m), j = 0; j < m; ++j) {
		var parent = parents[j], group = groups[j], groupLength = group.length, data = arraylike(value.call(parent, parent && parent.__data__, j, parents)), dataLength = data.length, enterGroup = enter[j] = new Array(dataLength), updateGroup = update[j] = new Array(dataLength);
		bind(parent, group, enterGroup, updateGroup, exit[j] = new Array(groupLength), data, key);
		for (var i0 = 0, i1 = 0, previous, next; i0 < dataLength; ++i0) if (previous = enterGroup[i0]) {
			if (i0 >= i1) i1 = i0 + 1;
			while (!(next = updateGroup[i1]) && ++i1 < dataLength);
			previous._next = next || null;
		}
	}
	update = new Selection$1(update, parents);
	update._enter = enter;
	update._exit = exit;
	return update;
}
function arraylike(data) {
	return typeof data === "object" && "length" in data ? data : Array.from(data);
}
function selection_exit() {
	return new Selection$1(this._exit || this._groups.map(sparse), this._parents);
}
function selection_join(onenter, onupdate, onexit) {
	var enter = this.enter(), update = this, exit = this.exit();
	if (typeof onenter === "function") {
		enter = onenter(enter);
		if (enter) enter = enter.selection();
	} else enter = enter.append(onenter + "");
	if (onupdate != null) {
		update = onupdate(update);
		if (update) update = update.selection();
	}
	if (onexit == null) exit.remove();
	else onexit(exit);
	return enter && update ? enter.merge(update).order() : update;
}
function selection_merge(context) {
	var selection = context.selection ? context.selection() : context;
	for (var groups0 = this._groups, groups1 = selection._groups, m0 = groups0.length, m1 = groups1.length, m = Math.min(m0, m1), merges = new Array(m0), j = 0; j < m; ++j) for (var group0 = groups0[j], group1 = groups1[j], n = group0.length, merge = merges[j] = new Array(n), node, i = 0; i < n; ++i) if (node = group0[i] || group1[i]) merge[i] = node;
	for (; j < m0; ++j) merges[j] = groups0[j];
	return new Selection$1(merges, this._parents);
}
function selection_order() {
	for (var groups = this._groups, j = -1, m = groups.length; ++j < m;) for (var group = groups[j], i = group.length - 1, next = group[i], node; --i >= 0;) if (node = group[i]) {
		if (next && node.compareDocumentPosition(next) ^ 4) next.parentNode.insertBefore(node, next);
		next = node;
	}
	return this;
}
function selection_sort(compare) {
	if (!compare) compare = ascending;
	function compareNode(a, b) {
		return a && b ? compare(a.__data__, b.__data__) : !a - !b;
	}
	for (var groups = this._groups, m = groups.length, sortgroups = new Array(m), j = 0; j < m; ++j) {
		for (var group = groups[j], n = group.length, sortgroup = sortgroups[j] = new Array(n), node, i = 0; i < n; ++i) if (node = group[i]) sortgroup[i] = node;
		sortgroup.sort(compareNode);
	}
	return new Selection$1(sortgroups, this._parents).order();
}
function ascending(a, b) {
	return a < b ? -1 : a > b ? 1 : a >= b ? 0 : NaN;
}
function selection_call() {
	var callback = arguments[0];
	arguments[0] = this;
	callback.apply(null, arguments);
	return this;
}
function selection_nodes() {
	return Array.from(this);
}
function selection_node() {
	for (var groups = this._groups, j = 0, m = groups.length; j < m; ++j) for (var group = groups[j], i = 0, n = group.length; i < n; ++i) {
		var node = group[i];
		if (node) return node;
	}
	return null;
}
function selection_size() {
	let size = 0;
	for (const node of this) ++size;
	return size;
}
function selection_empty() {
	return !this.node();
}
function selection_each(callback) {
	for (var groups = this._groups, j = 0, m = groups.length; j < m; ++j) for (var group = groups[j], i = 0, n = group.length, node; i < n; ++i) if (node = group[i]) callback.call(node, node.__data__, i, group);
	return this;
}
function attrRemove$1(name) {
	return function() {
		this.removeAttribute(name);
	};
}
function attrRemoveNS$1(fullname) {
	return function() {
		this.removeAttributeNS(fullname.space, fullname.local);
	};
}
function attrConstant$1(name, value) {
	return function() {
		this.setAttribute(name, value);
	};
}
function attrConstantNS$1(fullname, value) {
	return function() {
		this.setAttributeNS(fullname.space, fullname.local, value);
	};
}
function attrFunction$1(name, value) {
	return function() {
		var v = value.apply(this, arguments);
		if (v == null) this.removeAttribute(name);
		else this.setAttribute(name, v);
	};
}
function attrFunctionNS$1(fullname, value) {
	return function() {
		var v = value.apply(this, arguments);
		if (v == null) this.removeAttributeNS(fullname.space, fullname.local);
		else this.setAttributeNS(fullname.space, fullname.local, v);
	};
}
function selection_attr(name, value) {
	var fullname = namespace(name);
	if (arguments.length < 2) {
		var node = this.node();
		return fullname.local ? node.getAttributeNS(fullname.space, fullname.local) : node.getAttribute(fullname);
	}
	return this.each((value == null ? fullname.local ? attrRemoveNS$1 : attrRemove$1 : typeof value === "function" ? fullname.local ? attrFunctionNS$1 : attrFunction$1 : fullname.local ? attrConstantNS$1 : attrConstant$1)(fullname, value));
}
function defaultView(node) {
	return node.ownerDocument && node.ownerDocument.defaultView || node.document && node || node.defaultView;
}
function styleRemove$1(name) {
	return function() {
		this.style.removeProperty(name);
	};
}
function styleConstant$1(name, value, priority) {
	return function() {
		this.style.setProperty(name, value, priority);
	};
}
function styleFunction$1(name, value, priority) {
	return function() {
		var v = value.apply(this, arguments);
		if (v == null) this.style.removeProperty(name);
		else this.style.setProperty(name, v, priority);
	};
}
function selection_style(name, value, priority) {
	return arguments.length > 1 ? this.each((value == null ? styleRemove$1 : typeof value === "function" ? styleFunction$1 : styleConstant$1)(name, value, priority == null ? "" : priority)) : styleValue(this.node(), name);
}
function styleValue(node, name) {
	return node.style.getPropertyValue(name) || defaultView(node).getComputedStyle(node, null).getPropertyValue(name);
}
function propertyRemove(name) {
	return function() {
		delete this[name];
	};
}
function propertyConstant(name, value) {
	return function() {
		this[name] = value;
	};
}
function propertyFunction(name, value) {
	return function() {
		var v = value.apply(this, arguments);
		if (v == null) delete this[name];
		else this[name] = v;
	};
}
function selection_property(name, value) {
	return arguments.length > 1 ? this.each((value == null ? propertyRemove : typeof value === "function" ? propertyFunction : propertyConstant)(name, value)) : this.node()[name];
}
function classArray(string) {
	return string.trim().split(/^|\s+/);
}
function classList(node) {
	return node.classList || new ClassList(node);
}
function ClassList(node) {
	this._node = node;
	this._names = classArray(node.getAttribute("class") || "");
}
ClassList.prototype = {
	add: function(name) {
		if (this._names.indexOf(name) < 0) {
			this._names.push(name);
			this._node.setAttribute("class", this._names.join(" "));
		}
	},
	remove: function(name) {
		var i = this._names.indexOf(name);
		if (i >= 0) {
			this._names.splice(i, 1);
			this._node.setAttribute("class", this._names.join(" "));
		}
	},
	contains: function(name) {
		return this._names.indexOf(name) >= 0;
	}
};
function classedAdd(node, names) {
	var list = classList(node), i = -1, n = names.length;
	while (++i < n) list.add(names[i]);
}
function classedRemove(node, names) {
	var list = classList(node), i = -1, n = names.length;
	while (++i < n) list.remove(names[i]);
}
function classedTrue(names) {
	return function() {
		classedAdd(this, names);
	};
}
function classedFalse(names) {
	return function() {
		classedRemove(this, names);
	};
}
function classedFunction(names, value) {
	return function() {
		(value.apply(this, arguments) ? classedAdd : classedRemove)(this, names);
	};
}
function selection_classed(name, value) {
	var names = classArray(name + "");
	if (arguments.length < 2) {
		var list = classList(this.node()), i = -1, n = names.length;
		while (++i < n) if (!list.contains(names[i])) return false;
		return true;
	}
	return this.each((typeof value === "function" ? classedFunction : value ? classedTrue : classedFalse)(names, value));
}
function textRemove() {
	this.textContent = "";
}
function textConstant$1(value) {
	return function() {
		this.textContent = value;
	};
}
function textFunction$1(value) {
	return function() {
		var v = value.apply(this, arguments);
		this.textContent = v == null ? "" : v;
	};
}
function selection_text(value) {
	return arguments.length ? this.each(value == null ? textRemove : (typeof value === "function" ? textFunction$1 : textConstant$1)(value)) : this.node().textContent;
}
function htmlRemove() {
	this.innerHTML = "";
}
function htmlConstant(value) {
	return function() {
		this.innerHTML = value;
	};
}
function htmlFunction(value) {
	return function() {
		var v = value.apply(this, arguments);
		this.innerHTML = v == null ? "" : v;
	};
}
function selection_html(value) {
	return arguments.length ? this.each(value == null ? htmlRemove : (typeof value === "function" ? htmlFunction : htmlConstant)(value)) : this.node().innerHTML;
}
function raise() {
	if (this.nextSibling) this.parentNode.appendChild(this);
}
function selection_raise() {
	return this.each(raise);
}
function lower() {
	if (this.previousSibling) this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function selection_lower() {
	return this.each(lower);
}
function selection_append(name) {
	var create = typeof name === "function" ? name : creator(name);
	return this.select(function() {
		return this.appendChild(create.apply(this, arguments));
	});
}
function constantNull() {
	return null;
}
function selection_insert(name, before) {
	var create = typeof name === "function" ? name : creator(name), select = before == null ? constantNull : typeof before === "function" ? before : selector(before);
	return this.select(function() {
		return this.insertBefore(create.apply(this, arguments), select.apply(this, arguments) || null);
	});
}
function remove() {
	var parent = this.parentNode;
	if (parent) parent.removeChild(this);
}
function selection_remove() {
	return this.each(remove);
}
function selection_cloneShallow() {
	var clone = this.cloneNode(false), parent = this.parentNode;
	return parent ? parent.insertBefore(clone, this.nextSibling) : clone;
}
function selection_cloneDeep() {
	var clone = this.cloneNode(true), parent = this.parentNode;
	return parent ? parent.insertBefore(clone, this.nextSibling) : clone;
}
function selection_clone(deep) {
	return this.select(deep ? selection_cloneDeep : selection_cloneShallow);
}
function selection_datum(value) {
	return arguments.length ? this.property("__data__", value) : this.node().__data__;
}
function contextListener(listener) {
	return function(event) {
		listener.call(this, event, this.__data__);
	};
}
function parseTypenames(typenames) {
	return typenames.trim().split(/^|\s+/).map(function(t) {
		var name = "", i = t.indexOf(".");
		if (i >= 0) name = t.slice(i + 1), t = t.slice(0, i);
		return {
			type: t,
			name
		};
	});
}
function onRemove(typename) {
	return function() {
		var on = this.__on;
		if (!on) return;
		for (var j = 0, i = -1, m = on.length, o; j < m; ++j) if (o = on[j], (!typename.type || o.type === typename.type) && o.name === typename.name) this.removeEventListener(o.type, o.listener, o.options);
		else on[++i] = o;
		if (++i) on.length = i;
		else delete this.__on;
	};
}
function onAdd(typename, value, options) {
	return function() {
		var on = this.__on, o, listener = contextListener(value);
		if (on) {
			for (var j = 0, m = on.length; j < m; ++j) if ((o = on[j]).type === typename.type && o.name === typename.name) {
				this.removeEventListener(o.type, o.listener, o.options);
				this.addEventListener(o.type, o.listener = listener, o.options = options);
				o.value = value;
				return;
			}
		}
		this.addEventListener(typename.type, listener, options);
		o = {
			type: typename.type,
			name: typename.name,
			value,
			listener,
			options
		};
		if (!on) this.__on = [o];
		else on.push(o);
	};
}
function selection_on(typename, value, options) {
	var typenames = parseTypenames(typename + ""), i, n = typenames.length, t;
	if (arguments.length < 2) {
		var on = this.node().__on;
		if (on) {
			for (var j = 0, m = on.length, o; j < m; ++j) for (i = 0, o = on[j]; i < n; ++i) if ((t = typenames[i]).type === o.type && t.name === o.name) return o.value;
		}
		return;
	}
	on = value ? onAdd : onRemove;
	for (i = 0; i < n; ++i) this.each(on(typenames[i], value, options));
	return this;
}
function dispatchEvent(node, type, params) {
	var window = defaultView(node), event = window.CustomEvent;
	if (typeof event === "function") event = new event(type, params);
	else {
		event = window.document.createEvent("Event");
		if (params) event.initEvent(type, params.bubbles, params.cancelable), event.detail = params.detail;
		else event.initEvent(type, false, false);
	}
	node.dispatchEvent(event);
}
function dispatchConstant(type, params) {
	return function() {
		return dispatchEvent(this, type, params);
	};
}
function dispatchFunction(type, params) {
	return function() {
		return dispatchEvent(this, type, params.apply(this, arguments));
	};
}
function selection_dispatch(type, params) {
	return this.each((typeof params === "function" ? dispatchFunction : dispatchConstant)(type, params));
}
function* selection_iterator() {
	for (var groups = this._groups, j = 0, m = groups.length; j < m; ++j) for (var group = groups[j], i = 0, n = group.length, node; i < n; ++i) if (node = group[i]) yield node;
}
var root = [null];
function Selection$1(groups, parents) {
	this._groups = groups;
	this._parents = parents;
}
function selection() {
	return new Selection$1([[document.documentElement]], root);
}
function selection_selection() {
	return this;
}
Selection$1.prototype = selection.prototype = {
	constructor: Selection$1,
	select: selection_select,
	selectAll: selection_selectAll,
	selectChild: selection_selectChild,
	selectChildren: selection_selectChildren,
	filter: selection_filter,
	data: selection_data,
	enter: selection_enter,
	exit: selection_exit,
	join: selection_join,
	merge: selection_merge,
	selection: selection_selection,
	order: selection_order,
	sort: selection_sort,
	call: selection_call,
	nodes: selection_nodes,
	node: selection_node,
	size: selection_size,
	empty: selection_empty,
	each: selection_each,
	attr: selection_attr,
	style: selection_style,
	property: selection_property,
	classed: selection_classed,
	text: selection_text,
	html: selection_html,
	raise: selection_raise,
	lower: selection_lower,
	append: selection_append,
	insert: selection_insert,
	remove: selection_remove,
	clone: selection_clone,
	datum: selection_datum,
	on: selection_on,
	dispatch: selection_dispatch,
	[Symbol.iterator]: selection_iterator
};
function select(selector) {
	return typeof selector === "string" ? new Selection$1([[document.querySelector(selector)]], [document.documentElement]) : new Selection$1([[selector]], root);
}
var nextId = 0;
function local() {
	return new Local();
}
function Local() {
	this._ = "@" + (++nextId).toString(36);
}
Local.prototype = local.prototype = {
	constructor: Local,
	get: function(node) {
		var id = this._;
		while (!(id in node)) if (!(node = node.parentNode)) return;
		return node[id];
	},
	set: function(node, value) {
		return node[this._] = value;
	},
	remove: function(node) {
		return this._ in node && delete node[this._];
	},
	toString: function() {
		return this._;
	}
};
function sourceEvent(event) {
	let sourceEvent;
	while (sourceEvent = event.sourceEvent) event = sourceEvent;
	return event;
}
function pointer(event, node) {
	event = sourceEvent(event);
	if (node === void 0) node = event.currentTarget;
	if (node) {
		var svg = node.ownerSVGElement || node;
		if (svg.createSVGPoint) {
			var point = svg.createSVGPoint();
			point.x = event.clientX, point.y = event.clientY;
			point = point.matrixTransform(node.getScreenCTM().inverse());
			return [point.x, point.y];
		}
		if (node.getBoundingClientRect) {
			var rect = node.getBoundingClientRect();
			return [event.clientX - rect.left - node.clientLeft, event.clientY - rect.top - node.clientTop];
		}
	}
	return [event.pageX, event.pageY];
}
// node_modules/d3-drag/dist/d3-drag.mjs
var nonpassive = { passive: false };
var nonpassivecapture = {
	capture: true,
	passive: false
};
function nopropagation$1(event) {
	event.stopImmediatePropagation();
}
function noevent$1(event) {
	event.preventDefault();
	event.stopImmediatePropagation();
}
function nodrag(view) {
	var root = view.document.documentElement, selection = select(view).on("dragstart.drag", noevent$1, nonpassivecapture);
	if ("onselectstart" in root) selection.on("selectstart.drag", noevent$1, nonpassivecapture);
	else {
		root.__noselect = root.style.MozUserSelect;
		root.style.MozUserSelect = "none";
	}
}
function yesdrag(view, noclick) {
	var root = view.document.documentElement, selection = select(view).on("dragstart.drag", null);
	if (noclick) {
		selection.on("click.drag", noevent$1, nonpassivecapture);
		setTimeout(function() {
			selection.on("click.drag", null);
		}, 0);
	}
	if ("onselectstart" in root) selection.on("selectstart.drag", null);
	else {
		root.style.MozUserSelect = root.__noselect;
		delete root.__noselect;
	}
}
var constant$2 = (x) => () => x;
function DragEvent(type, { sourceEvent, subject, target, identifier, active, x, y, dx, dy, dispatch }) {
	Object.defineProperties(this, {
		type: {
			value: type,
			enumerable: true,
			configurable: true
		},
		sourceEvent: {
			value: sourceEvent,
			enumerable: true,
			configurable: true
		},
		subject: {
			value: subject,
			enumerable: true,
			configurable: true
		},
		target: {
			value: target,
			enumerable: true,
			configurable: true
		},
		identifier: {
			value: identifier,
			enumerable: true,
			configurable: true
		},
		active: {
			value: active,
			enumerable: true,
			configurable: true
		},
		x: {
			value: x,
			enumerable: true,
			configurable: true
		},
		y: {
			value: y,
			enumerable: true,
			configurable: true
		},
		dx: {
			value: dx,
			enumerable: true,
			configurable: true
		},
		dy: {
			value: dy,
			enumerable: true,
			configurable: true
		},
		_: { value: dispatch }
	});
}
DragEvent.prototype.on = function() {
	var value = this._.on.apply(this._, arguments);
	return value === this._ ? this : value;
};
function defaultFilter$1(event) {
	return !event.ctrlKey && !event.button;
}
function defaultContainer() {
	return this.parentNode;
}
function defaultSubject(event, d) {
	return d == null ? {
		x: event.x,
		y: event.y
	} : d;
}
function defaultTouchable$1() {
	return navigator.maxTouchPoints || "ontouchstart" in this;
}
function drag() {
	var filter = defaultFilter$1, container = defaultContainer, subject = defaultSubject, touchable = defaultTouchable$1, gestures = {}, listeners = dispatch("start", "drag", "end"), active = 0, mousedownx, mousedowny, mousemoving, touchending, clickDistance2 = 0;
	function drag(selection) {
		selection.on("mousedown.drag", mousedowned).filter(touchable).on("touchstart.drag", touchstarted).on("touchmove.drag", touchmoved, nonpassive).on("touchend.drag touchcancel.drag", touchended).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
	}
	function mousedowned(event, d) {
		if (touchending || !filter.call(this, event, d)) return;
		var gesture = beforestart(this, container.call(this, event, d), event, d, "mouse");
		if (!gesture) return;
		select(event.view).on("mousemove.drag", mousemoved, nonpassivecapture).on("mouseup.drag", mouseupped, nonpassivecapture);
		nodrag(event.view);
		nopropagation$1(event);
		mousemoving = false;
		mousedownx = event.clientX;
		mousedowny = event.clientY;
		gesture("start", event);
	}
	function mousemoved(event) {
		noevent$1(event);
		if (!mousemoving) {
			var dx = event.clientX - mousedownx, dy = event.clientY - mousedowny;
			mousemoving = dx * dx + dy * dy > clickDistance2;
		}
		gestures.mouse("drag", event);
	}
	function mouseupped(event) {
		select(event.view).on("mousemove.drag mouseup.drag", null);
		yesdrag(event.view, mousemoving);
		noevent$1(event);
		gestures.mouse("end", event);
	}
	function touchstarted(event, d) {
		if (!filter.call(this, event, d)) return;
		var touches = event.changedTouches, c = container.call(this, event, d), n = touches.length, i = 0, gesture;
		for (; i < n; ++i) if (gesture = beforestart(this, c, event, d, touches[i].identifier, touches[i])) {
			nopropagation$1(event);
			gesture("start", event, touches[i]);
		}
	}
	function touchmoved(event) {
		var touches = event.changedTouches, n = touches.length, i = 0, gesture;
		for (; i < n; ++i) if (gesture = gestures[touches[i].identifier]) {
			noevent$1(event);
			gesture("drag", event, touches[i]);
		}
	}
	function touchended(event) {
		var touches = event.changedTouches, n = touches.length, i, gesture;
		if (touchending) clearTimeout(touchending);
		touchending = setTimeout(function() {
			touchending = null;
		}, 500);
		for (i = 0; i < n; ++i) if (gesture = gestures[touches[i].identifier]) {
			nopropagation$1(event);
			gesture("end", event, touches[i]);
		}
	}
	function beforestart(that, container, event, d, identifier, touch) {
		var dispatch = listeners.copy(), p = pointer(touch || event, container), dx, dy, s;
		if ((s = subject.call(that, new DragEvent("beforestart", {
			sourceEvent: event,
			target: drag,
			identifier,
			active,
			x: p[0],
			y: p[1],
			dx: 0,
			dy: 0,
			dispatch
		}), d)) == null) return;
		dx = s.x - p[0] || 0;
		dy = s.y - p[1] || 0;
		return function gesture(type, event, touch) {
			var p0 = p, n;
			switch (type) {
				case "start":
					gestures[identifier] = gesture, n = active++;
					break;
				case "end": delete gestures[identifier], --active;
				case "drag": p = pointer(touch || event, container), n = active;
			}
			dispatch.call(type, that, new DragEvent(type, {
				sourceEvent: event,
				subject: s,
				target: drag,
				identifier,
				active: n,
				x: p[0] + dx,
				y: p[1] + dy,
				dx: p[0] - p0[0],
				dy: p[1] - p0[1],
				dispatch
			}), d);
		};
	}
	drag.filter = function(_) {
		return arguments.length ? (filter = typeof _ === "function" ? _ : constant$2(!!_), drag) : filter;
	};
	drag.container = function(_) {
		return arguments.length ? (container = typeof _ === "function" ? _ : constant$2(_), drag) : container;
	};
	drag.subject = function(_) {
		return arguments.length ? (subject = typeof _ === "function" ? _ : constant$2(_), drag) : subject;
	};
	drag.touchable = function(_) {
		return arguments.length ? (touchable = typeof _ === "function" ? _ : constant$2(!!_), drag) : touchable;
	};
	drag.on = function() {
		var value = listeners.on.apply(listeners, arguments);
		return value === listeners ? drag : value;
	};
	drag.clickDistance = function(_) {
		return arguments.length ? (clickDistance2 = (_ = +_) * _, drag) : Math.sqrt(clickDistance2);
	};
	return drag;
}
// node_modules/d3-color/dist/d3-color.mjs
function define(constructor, factory, prototype) {
	constructor.prototype = factory.prototype = prototype;
	prototype.constructor = constructor;
}
function extend$1(parent, definition) {
	var prototype = Object.create(parent.prototype);
	for (var key in definition) prototype[key] = definition[key];
	return prototype;
}
function Color() {}
var darker = .7;
var brighter = 1 / darker;
var reI = "\\s*([+-]?\\d+)\\s*";
var reN = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*";
var reP = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*";
var reHex = /^#([0-9a-f]{3,8})$/;
var reRgbInteger = new RegExp(`^rgb\\(${reI},${reI},${reI}\\)$`);
var reRgbPercent = new RegExp(`^rgb\\(${reP},${reP},${reP}\\)$`);
var reRgbaInteger = new RegExp(`^rgba\\(${reI},${reI},${reI},${reN}\\)$`);
var reRgbaPercent = new RegExp(`^rgba\\(${reP},${reP},${reP},${reN}\\)$`);
var reHslPercent = new RegExp(`^hsl\\(${reN},${reP},${reP}\\)$`);
var reHslaPercent = new RegExp(`^hsla\\(${reN},${reP},${reP},${reN}\\)$`);
var named = {
	aliceblue: 15792383,
	antiquewhite: 16444375,
	aqua: 65535,
	aquamarine: 8388564,
	azure: 15794175,
	beige: 16119260,
	bisque: 16770244,
	black: 0,
	blanchedalmond: 16772045,
	blue: 255,
	blueviolet: 9055202,
	brown: 10824234,
	burlywood: 14596231,
	cadetblue: 6266528,
	chartreuse: 8388352,
	chocolate: 13789470,
	coral: 16744272,
	cornflowerblue: 6591981,
	cornsilk: 16775388,
	crimson: 14423100,
	cyan: 65535,
	darkblue: 139,
	darkcyan: 35723,
	darkgoldenrod: 12092939,
	darkgray: 11119017,
	darkgreen: 25600,
	darkgrey: 11119017,
	darkkhaki: 12433259,
	darkmagenta: 9109643,
	darkolivegreen: 5597999,
	darkorange: 16747520,
	darkorchid: 10040012,
	darkred: 9109504,
	darksalmon: 15308410,
	darkseagreen: 9419919,
	darkslateblue: 4734347,
	darkslategray: 3100495,
	darkslategrey: 3100495,
	darkturquoise: 52945,
	darkviolet: 9699539,
	deeppink: 16716947,
	deepskyblue: 49151,
	dimgray: 6908265,
	dimgrey: 6908265,
	dodgerblue: 2003199,
	firebrick: 11674146,
	floralwhite: 16775920,
	forestgreen: 2263842,
	fuchsia: 16711935,
	gainsboro: 14474460,
	ghostwhite: 16316671,
	gold: 16766720,
	goldenrod: 14329120,
	gray: 8421504,
	green: 32768,
	greenyellow: 11403055,
	grey: 8421504,
	honeydew: 15794160,
	hotpink: 16738740,
	indianred: 13458524,
	indigo: 4915330,
	ivory: 16777200,
	khaki: 15787660,
	lavender: 15132410,
	lavenderblush: 16773365,
	lawngreen: 8190976,
	lemonchiffon: 16775885,
	lightblue: 11393254,
	lightcoral: 15761536,
	lightcyan: 14745599,
	lightgoldenrodyellow: 16448210,
	lightgray: 13882323,
	lightgreen: 9498256,
	lightgrey: 13882323,
	lightpink: 16758465,
	lightsalmon: 16752762,
	lightseagreen: 2142890,
	lightskyblue: 8900346,
	lightslategray: 7833753,
	lightslategrey: 7833753,
	lightsteelblue: 11584734,
	lightyellow: 16777184,
	lime: 65280,
	limegreen: 3329330,
	linen: 16445670,
	magenta: 16711935,
	maroon: 8388608,
	mediumaquamarine: 6737322,
	mediumblue: 205,
	mediumorchid: 12211667,
	mediumpurple: 9662683,
	mediumseagreen: 3978097,
	mediumslateblue: 8087790,
	mediumspringgreen: 64154,
	mediumturquoise: 4772300,
	mediumvioletred: 13047173,
	midnightblue: 1644912,
	mintcream: 16121850,
	mistyrose: 16770273,
	moccasin: 16770229,
	navajowhite: 16768685,
	navy: 128,
	oldlace: 16643558,
	olive: 8421376,
	olivedrab: 7048739,
	orange: 16753920,
	orangered: 16729344,
	orchid: 14315734,
	palegoldenrod: 15657130,
	palegreen: 10025880,
	paleturquoise: 11529966,
	palevioletred: 14381203,
	papayawhip: 16773077,
	peachpuff: 16767673,
	peru: 13468991,
	pink: 16761035,
	plum: 14524637,
	powderblue: 11591910,
	purple: 8388736,
	rebeccapurple: 6697881,
	red: 16711680,
	rosybrown: 12357519,
	royalblue: 4286945,
	saddlebrown: 9127187,
	salmon: 16416882,
	sandybrown: 16032864,
	seagreen: 3050327,
	seashell: 16774638,
	sienna: 10506797,
	silver: 12632256,
	skyblue: 8900331,
	slateblue: 6970061,
	slategray: 7372944,
	slategrey: 7372944,
	snow: 16775930,
	springgreen: 65407,
	steelblue: 4620980,
	tan: 13808780,
	teal: 32896,
	thistle: 14204888,
	tomato: 16737095,
	turquoise: 4251856,
	violet: 15631086,
	wheat: 16113331,
	white: 16777215,
	whitesmoke: 16119285,
	yellow: 16776960,
	yellowgreen: 10145074
};
define(Color, color, {
	copy(channels) {
		return Object.assign(new this.constructor(), this, channels);
	},
	displayable() {
		return this.rgb().displayable();
	},
	hex: color_formatHex,
	formatHex: color_formatHex,
	formatHex8: color_formatHex8,
	formatHsl: color_formatHsl,
	formatRgb: color_formatRgb,
	toString: color_formatRgb
});
function color_formatHex() {
	return this.rgb().formatHex();
}
function color_formatHex8() {
	return this.rgb().formatHex8();
}
function color_formatHsl() {
	return hslConvert(this).formatHsl();
}
function color_formatRgb() {
	return this.rgb().formatRgb();
}
function color(format) {
	var m, l;
	format = (format + "").trim().toLowerCase();
	return (m = reHex.exec(format)) ? (l = m[1].length, m = parseInt(m[1], 16), l === 6 ? rgbn(m) : l === 3 ? new Rgb(m >> 8 & 15 | m >> 4 & 240, m >> 4 & 15 | m & 240, (m & 15) << 4 | m & 15, 1) : l === 8 ? rgba(m >> 24 & 255, m >> 16 & 255, m >> 8 & 255, (m & 255) / 255) : l === 4 ? rgba(m >> 12 & 15 | m >> 8 & 240, m >> 8 & 15 | m >> 4 & 240, m >> 4 & 15 | m & 240, ((m & 15) << 4 | m & 15) / 255) : null) : (m = reRgbInteger.exec(format)) ? new Rgb(m[1], m[2], m[3], 1) : (m = reRgbPercent.exec(format)) ? new Rgb(m[1] * 255 / 100, m[2] * 255 / 100, m[3] * 255 / 100, 1) : (m = reRgbaInteger.exec(format)) ? rgba(m[1], m[2], m[3], m[4]) : (m = reRgbaPercent.exec(format)) ? rgba(m[1] * 255 / 100, m[2] * 255 / 100, m[3] * 255 / 100, m[4]) : (m = reHslPercent.exec(format)) ? hsla(m[1], m[2] / 100, m[3] / 100, 1) : (m = reHslaPercent.exec(format)) ? hsla(m[1], m[2] / 100, m[3] / 100, m[4]) : named.hasOwnProperty(format) ? rgbn(named[format]) : format === "transparent" ? new Rgb(NaN, NaN, NaN, 0) : null;
}
function rgbn(n) {
	return new Rgb(n >> 16 & 255, n >> 8 & 255, n & 255, 1);
}
function rgba(r, g, b, a) {
	if (a <= 0) r = g = b = NaN;
	return new Rgb(r, g, b, a);
}
function rgbConvert(o) {
	if (!(o instanceof Color)) o = color(o);
	if (!o) return new Rgb();
	o = o.rgb();
	return new Rgb(o.r, o.g, o.b, o.opacity);
}
function rgb$1(r, g, b, opacity) {
	return arguments.length === 1 ? rgbConvert(r) : new Rgb(r, g, b, opacity == null ? 1 : opacity);
}
function Rgb(r, g, b, opacity) {
	this.r = +r;
	this.g = +g;
	this.b = +b;
	this.opacity = +opacity;
}
define(Rgb, rgb$1, extend$1(Color, {
	brighter(k) {
		k = k == null ? brighter : Math.pow(brighter, k);
		return new Rgb(this.r * k, this.g * k, this.b * k, this.opacity);
	},
	darker(k) {
		k = k == null ? darker : Math.pow(darker, k);
		return new Rgb(this.r * k, this.g * k, this.b * k, this.opacity);
	},
	rgb() {
		return this;
	},
	clamp() {
		return new Rgb(clampi(this.r), clampi(this.g), clampi(this.b), clampa(this.opacity));
	},
	displayable() {
		return -.5 <= this.r && this.r < 255.5 && -.5 <= this.g && this.g < 255.5 && -.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
	},
	hex: rgb_formatHex,
	formatHex: rgb_formatHex,
	formatHex8: rgb_formatHex8,
	formatRgb: rgb_formatRgb,
	toString: rgb_formatRgb
}));
function rgb_formatHex() {
	return `#${hex(this.r)}${hex(this.g)}${hex(this.b)}`;
}
function rgb_formatHex8() {
	return `#${hex(this.r)}${hex(this.g)}${hex(this.b)}${hex((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function rgb_formatRgb() {
	const a = clampa(this.opacity);
	return `${a === 1 ? "rgb(" : "rgba("}${clampi(this.r)}, ${clampi(this.g)}, ${clampi(this.b)}${a === 1 ? ")" : `, ${a})`}`;
}
function clampa(opacity) {
	return isNaN(opacity) ? 1 : Math.max(0, Math.min(1, opacity));
}
function clampi(value) {
	return Math.max(0, Math.min(255, Math.round(value) || 0));
}
function hex(value) {
	value = clampi(value);
	return (value < 16 ? "0" : "") + value.toString(16);
}
function hsla(h, s, l, a) {
	if (a <= 0) h = s = l = NaN;
	else if (l <= 0 || l >= 1) h = s = NaN;
	else if (s <= 0) h = NaN;
	return new Hsl(h, s, l, a);
}
function hslConvert(o) {
	if (o instanceof Hsl) return new Hsl(o.h, o.s, o.l, o.opacity);
	if (!(o instanceof Color)) o = color(o);
	if (!o) return new Hsl();
	if (o instanceof Hsl) return o;
	o = o.rgb();
	var r = o.r / 255, g = o.g / 255, b = o.b / 255, min = Math.min(r, g, b), max = Math.max(r, g, b), h = NaN, s = max - min, l = (max + min) / 2;
	if (s) {
		if (r === max) h = (g - b) / s + (g < b) * 6;
		else if (g === max) h = (b - r) / s + 2;
		else h = (r - g) / s + 4;
		s /= l < .5 ? max + min : 2 - max - min;
		h *= 60;
	} else s = l > 0 && l < 1 ? 0 : h;
	return new Hsl(h, s, l, o.opacity);
}
function hsl$1(h, s, l, opacity) {
	return arguments.length === 1 ? hslConvert(h) : new Hsl(h, s, l, opacity == null ? 1 : opacity);
}
function Hsl(h, s, l, opacity) {
	this.h = +h;
	this.s = +s;
	this.l = +l;
	this.opacity = +opacity;
}
define(Hsl, hsl$1, extend$1(Color, {
	brighter(k) {
		k = k == null ? brighter : Math.pow(brighter, k);
		return new Hsl(this.h, this.s, this.l * k, this.opacity);
	},
	darker(k) {
		k = k == null ? darker : Math.pow(darker, k);
		return new Hsl(this.h, this.s, this.l * k, this.opacity);
	},
	rgb() {
		var h = this.h % 360 + (this.h < 0) * 360, s = isNaN(h) || isNaN(this.s) ? 0 : this.s, l = this.l, m2 = l + (l < .5 ? l : 1 - l) * s, m1 = 2 * l - m2;
		return new Rgb(hsl2rgb(h >= 240 ? h - 240 : h + 120, m1, m2), hsl2rgb(h, m1, m2), hsl2rgb(h < 120 ? h + 240 : h - 120, m1, m2), this.opacity);
	},
	clamp() {
		return new Hsl(clamph(this.h), clampt(this.s), clampt(this.l), clampa(this.opacity));
	},
	displayable() {
		return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
	},
	formatHsl() {
		const a = clampa(this.opacity);
		return `${a === 1 ? "hsl(" : "hsla("}${clamph(this.h)}, ${clampt(this.s) * 100}%, ${clampt(this.l) * 100}%${a === 1 ? ")" : `, ${a})`}`;
	}
}));
function clamph(value) {
	value = (value || 0) % 360;
	return value < 0 ? value + 360 : value;
}
function clampt(value) {
	return Math.max(0, Math.min(1, value || 0));
}
function hsl2rgb(h, m1, m2) {
	return (h < 60 ? m1 + (m2 - m1) * h / 60 : h < 180 ? m2 : h < 240 ? m1 + (m2 - m1) * (240 - h) / 60 : m1) * 255;
}
var radians = Math.PI / 180;
var degrees$1 = 180 / Math.PI;
var K = 18;
var Xn = .96422;
var Yn = 1;
var Zn = .82521;
var t0 = 4 / 29;
var t1 = 6 / 29;
var t2 = 3 * t1 * t1;
var t3 = t1 * t1 * t1;
function labConvert(o) {
	if (o instanceof Lab) return new Lab(o.l, o.a, o.b, o.opacity);
	if (o instanceof Hcl) return hcl2lab(o);
	if (!(o instanceof Rgb)) o = rgbConvert(o);
	var r = rgb2lrgb(o.r), g = rgb2lrgb(o.g), b = rgb2lrgb(o.b), y = xyz2lab((.2225045 * r + .7168786 * g + .0606169 * b) / Yn), x, z;
	if (r === g && g === b) x = z = y;
	else {
		x = xyz2lab((.4360747 * r + .3850649 * g + .1430804 * b) / Xn);
		z = xyz2lab((.0139322 * r + .0971045 * g + .7141733 * b) / Zn);
	}
	return new Lab(116 * y - 16, 500 * (x - y), 200 * (y - z), o.opacity);
}
function lab(l, a, b, opacity) {
	return arguments.length === 1 ? labConvert(l) : new Lab(l, a, b, opacity == null ? 1 : opacity);
}
function Lab(l, a, b, opacity) {
	this.l = +l;
	this.a = +a;
	this.b = +b;
	this.opacity = +opacity;
}
define(Lab, lab, extend$1(Color, {
	brighter(k) {
		return new Lab(this.l + K * (k == null ? 1 : k), this.a, this.b, this.opacity);
	},
	darker(k) {
		return new Lab(this.l - K * (k == null ? 1 : k), this.a, this.b, this.opacity);
	},
	rgb() {
		var y = (this.l + 16) / 116, x = isNaN(this.a) ? y : y + this.a / 500, z = isNaN(this.b) ? y : y - this.b / 200;
		x = Xn * lab2xyz(x);
		y = Yn * lab2xyz(y);
		z = Zn * lab2xyz(z);
		return new Rgb(lrgb2rgb(3.1338561 * x - 1.6168667 * y - .4906146 * z), lrgb2rgb(-.9787684 * x + 1.9161415 * y + .033454 * z), lrgb2rgb(.0719453 * x - .2289914 * y + 1.4052427 * z), this.opacity);
	}
}));
function xyz2lab(t) {
	return t > t3 ? Math.pow(t, 1 / 3) : t / t2 + t0;
}
function lab2xyz(t) {
	return t > t1 ? t * t * t : t2 * (t - t0);
}
function lrgb2rgb(x) {
	return 255 * (x <= .0031308 ? 12.92 * x : 1.055 * Math.pow(x, 1 / 2.4) - .055);
}
function rgb2lrgb(x) {
	return (x /= 255) <= .04045 ? x / 12.92 : Math.pow((x + .055) / 1.055, 2.4);
}
function hclConvert(o) {
	if (o instanceof Hcl) return new Hcl(o.h, o.c, o.l, o.opacity);
	if (!(o instanceof Lab)) o = labConvert(o);
	if (o.a === 0 && o.b === 0) return new Hcl(NaN, 0 < o.l && o.l < 100 ? 0 : NaN, o.l, o.opacity);
	var h = Math.atan2(o.b, o.a) * degrees$1;
	return new Hcl(h < 0 ? h + 360 : h, Math.sqrt(o.a * o.a + o.b * o.b), o.l, o.opacity);
}
function hcl$1(h, c, l, opacity) {
	return arguments.length === 1 ? hclConvert(h) : new Hcl(h, c, l, opacity == null ? 1 : opacity);
}
function Hcl(h, c, l, opacity) {
	this.h = +h;
	this.c = +c;
	this.l = +l;
	this.opacity = +opacity;
}
function hcl2lab(o) {
	if (isNaN(o.h)) return new Lab(o.l, 0, 0, o.opacity);
	var h = o.h * radians;
	return new Lab(o.l, Math.cos(h) * o.c, Math.sin(h) * o.c, o.opacity);
}
define(Hcl, hcl$1, extend$1(Color, {
	brighter(k) {
		return new Hcl(this.h, this.c, this.l + K * (k == null ? 1 : k), this.opacity);
	},
	darker(k) {
		return new Hcl(this.h, this.c, this.l - K * (k == null ? 1 : k), this.opacity);
	},
	rgb() {
		return hcl2lab(this).rgb();
	}
}));
var A = -.14861;
var B = 1.78277;
var C = -.29227;
var D = -.90649;
var E = 1.97294;
var ED = E * D;
var EB = E * B;
var BC_DA = B * C - D * A;
function cubehelixConvert(o) {
	if (o instanceof Cubehelix) return new Cubehelix(o.h, o.s, o.l, o.opacity);
	if (!(o instanceof Rgb)) o = rgbConvert(o);
	var r = o.r / 255, g = o.g / 255, b = o.b / 255, l = (BC_DA * b + ED * r - EB * g) / (BC_DA + ED - EB), bl = b - l, k = (E * (g - l) - C * bl) / D, s = Math.sqrt(k * k + bl * bl) / (E * l * (1 - l)), h = s ? Math.atan2(k, bl) * degrees$1 - 120 : NaN;
	return new Cubehelix(h < 0 ? h + 360 : h, s, l, o.opacity);
}
function cubehelix$1(h, s, l, opacity) {
	return arguments.length === 1 ? cubehelixConvert(h) : new Cubehelix(h, s, l, opacity == null ? 1 : opacity);
}
function Cubehelix(h, s, l, opacity) {
	this.h = +h;
	this.s = +s;
	this.l = +l;
	this.opacity = +opacity;
}
define(Cubehelix, cubehelix$1, extend$1(Color, {
	brighter(k) {
		k = k == null ? brighter : Math.pow(brighter, k);
		return new Cubehelix(this.h, this.s, this.l * k, this.opacity);
	},
	darker(k) {
		k = k == null ? darker : Math.pow(darker, k);
		return new Cubehelix(this.h, this.s, this.l * k, this.opacity);
	},
	rgb() {
		var h = isNaN(this.h) ? 0 : (this.h + 120) * radians, l = +this.l, a = isNaN(this.s) ? 0 : this.s * l * (1 - l), cosh = Math.cos(h), sinh = Math.sin(h);
		return new Rgb(255 * (l + a * (A * cosh + B * sinh)), 255 * (l + a * (C * cosh + D * sinh)), 255 * (l + a * (E * cosh)), this.opacity);
	}
}));
var constant$1 = (x) => () => x;
function linear(a, d) {
	return function(t) {
		return a + t * d;
	};
}
function exponential(a, b, y) {
	return a = Math.pow(a, y), b = Math.pow(b, y) - a, y = 1 / y, function(t) {
		return Math.pow(a + t * b, y);
	};
}
function hue$1(a, b) {
	var d = b - a;
	return d ? linear(a, d > 180 || d < -180 ? d - 360 * Math.round(d / 360) : d) : constant$1(isNaN(a) ? b : a);
}
function gamma(y) {
	return (y = +y) === 1 ? nogamma : function(a, b) {
		return b - a ? exponential(a, b, y) : constant$1(isNaN(a) ? b : a);
	};
}
function nogamma(a, b) {
	var d = b - a;
	return d ? linear(a, d) : constant$1(isNaN(a) ? b : a);
}
var rgb = (function rgbGamma(y) {
	var color = gamma(y);
	function rgb(start, end) {
		var r = color((start = rgb$1(start)).r, (end = rgb$1(end)).r), g = color(start.g, end.g), b = color(start.b, end.b), opacity = nogamma(start.opacity, end.opacity);
		return function(t) {
			start.r = r(t);
			start.g = g(t);
			start.b = b(t);
			start.opacity = opacity(t);
			return start + "";
		};
	}
	rgb.gamma = rgbGamma;
	return rgb;
})(1);
function numberArray(a, b) {
	if (!b) b = [];
	var n = a ? Math.min(b.length, a.length) : 0, c = b.slice(), i;
	return function(t) {
		for (i = 0; i < n; ++i) c[i] = a[i] * (1 - t) + b[i] * t;
		return c;
	};
}
function isNumberArray(x) {
	return ArrayBuffer.isView(x) && !(x instanceof DataView);
}
function genericArray(a, b) {
	var nb = b ? b.length : 0, na = a ? Math.min(nb, a.length) : 0, x = new Array(na), c = new Array(nb), i = 0;
	for (; i < na; ++i) x[i] = value(a[i], b[i]);
	for (; i < nb; ++i) c[i] = b[i];
	return function(t) {
		for (i = 0; i < na; ++i) c[i] = x[i](t);
		return c;
	};
}
function date$1(a, b) {
	var d = /* @__PURE__ */ new Date();
	return a = +a, b = +b, function(t) {
		return d.setTime(a * (1 - t) + b * t), d;
	};
}
function number$2(a, b) {
	return a = +a, b = +b, function(t) {
		return a * (1 - t) + b * t;
	};
}
function object$1(a, b) {
	var i = {}, c = {}, k;
	if (a === null || typeof a !== "object") a = {};
	if (b === null || typeof b !== "object") b = {};
	for (k in b) if (k in a) i[k] = value(a[k], b[k]);
	else c[k] = b[k];
	return function(t) {
		for (k in i) c[k] = i[k](t);
		return c;
	};
}
var reA = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g;
var reB = new RegExp(reA.source, "g");
function zero(b) {
	return function() {
		return b;
	};
}
function one(b) {
	return function(t) {
		return b(t) + "";
	};
}
function string$1(a, b) {
	var bi = reA.lastIndex = reB.lastIndex = 0, am, bm, bs, i = -1, s = [], q = [];
	a = a + "", b = b + "";
	while ((am = reA.exec(a)) && (bm = reB.exec(b))) {
		if ((bs = bm.index) > bi) {
			bs = b.slice(bi, bs);
			if (s[i]) s[i] += bs;
			else s[++i] = bs;
		}
		if ((am = am[0]) === (bm = bm[0])) {
			if (s[i]) s[i] += bm;
			else s[++i] = bm;
		} else {
			s[++i] = null;
			q.push({
				i,
				x: number$2(am, bm)
			});
		}
		bi = reB.lastIndex;
	}
	if (bi < b.length) {
		bs = b.slice(bi);
		if (s[i]) s[i] += bs;
		else s[++i] = bs;
	}
	return s.length < 2 ? q[0] ? one(q[0].x) : zero(b) : (b = q.length, function(t) {
		for (var i = 0, o; i < b; ++i) s[(o = q[i]).i] = o.x(t);
		return s.join("");
	});
}
function value(a, b) {
	var t = typeof b, c;
	return b == null || t === "boolean" ? constant$1(b) : (t === "number" ? number$2 : t === "string" ? (c = color(b)) ? (b = c, rgb) : string$1 : b instanceof color ? rgb : b instanceof Date ? date$1 : isNumberArray(b) ? numberArray : Array.isArray(b) ? genericArray : typeof b.valueOf !== "function" && typeof b.toString !== "function" || isNaN(b) ? object$1 : number$2)(a, b);
}
var degrees = 180 / Math.PI;
var identity$2 = {
	translateX: 0,
	translateY: 0,
	rotate: 0,
	skewX: 0,
	scaleX: 1,
	scaleY: 1
};
function decompose(a, b, c, d, e, f) {
	var scaleX, scaleY, skewX;
	if (scaleX = Math.sqrt(a * a + b * b)) a /= scaleX, b /= scaleX;
	if (skewX = a * c + b * d) c -= a * skewX, d -= b * skewX;
	if (scaleY = Math.sqrt(c * c + d * d)) c /= scaleY, d /= scaleY, skewX /= scaleY;
	if (a * d < b * c) a = -a, b = -b, skewX = -skewX, scaleX = -scaleX;
	return {
		translateX: e,
		translateY: f,
		rotate: Math.atan2(b, a) * degrees,
		skewX: Math.atan(skewX) * degrees,
		scaleX,
		scaleY
	};
}
var svgNode;
function parseCss(value) {
	const m = new (typeof DOMMatrix === "function" ? DOMMatrix : WebKitCSSMatrix)(value + "");
	return m.isIdentity ? identity$2 : decompose(m.a, m.b, m.c, m.d, m.e, m.f);
}
function parseSvg(value) {
	if (value == null) return identity$2;
	if (!svgNode) svgNode = document.createElementNS("http://www.w3.org/2000/svg", "g");
	svgNode.setAttribute("transform", value);
	if (!(value = svgNode.transform.baseVal.consolidate())) return identity$2;
	value = value.matrix;
	return decompose(value.a, value.b, value.c, value.d, value.e, value.f);
}
function interpolateTransform(parse, pxComma, pxParen, degParen) {
	function pop(s) {
		return s.length ? s.pop() + " " : "";
	}
	function translate(xa, ya, xb, yb, s, q) {
		if (xa !== xb || ya !== yb) {
			var i = s.push("translate(", null, pxComma, null, pxParen);
			q.push({
				i: i - 4,
				x: number$2(xa, xb)
			}, {
				i: i - 2,
				x: number$2(ya, yb)
			});
		} else if (xb || yb) s.push("translate(" + xb + pxComma + yb + pxParen);
	}
	function rotate(a, b, s, q) {
		if (a !== b) {
			if (a - b > 180) b += 360;
			else if (b - a > 180) a += 360;
			q.push({
				i: s.push(pop(s) + "rotate(", null, degParen) - 2,
				x: number$2(a, b)
			});
		} else if (b) s.push(pop(s) + "rotate(" + b + degParen);
	}
	function skewX(a, b, s, q) {
		if (a !== b) q.push({
			i: s.push(pop(s) + "skewX(", null, degParen) - 2,
			x: number$2(a, b)
		});
		else if (b) s.push(pop(s) + "skewX(" + b + degParen);
	}
	function scale(xa, ya, xb, yb, s, q) {
		if (xa !== xb || ya !== yb) {
			var i = s.push(pop(s) + "scale(", null, ",", null, ")");
			q.push({
				i: i - 4,
				x: number$2(xa, xb)
			}, {
				i: i - 2,
				x: number$2(ya, yb)
			});
		} else if (xb !== 1 || yb !== 1) s.push(pop(s) + "scale(" + xb + "," + yb + ")");
	}
	return function(a, b) {
		var s = [], q = [];
		a = parse(a), b = parse(b);
		translate(a.translateX, a.translateY, b.translateX, b.translateY, s, q);
		rotate(a.rotate, b.rotate, s, q);
		skewX(a.skewX, b.skewX, s, q);
		scale(a.scaleX, a.scaleY, b.scaleX, b.scaleY, s, q);
		a = b = null;
		return function(t) {
			var i = -1, n = q.length, o;
			while (++i < n) s[(o = q[i]).i] = o.x(t);
			return s.join("");
		};
	};
}
var interpolateTransformCss = interpolateTransform(parseCss, "px, ", "px)", "deg)");
var interpolateTransformSvg = interpolateTransform(parseSvg, ", ", ")", ")");
var epsilon2 = 1e-12;
function cosh(x) {
	return ((x = Math.exp(x)) + 1 / x) / 2;
}
function sinh(x) {
	return ((x = Math.exp(x)) - 1 / x) / 2;
}
function tanh(x) {
	return ((x = Math.exp(2 * x)) - 1) / (x + 1);
}
var zoom$1 = (function zoomRho(rho, rho2, rho4) {
	function zoom(p0, p1) {
		var ux0 = p0[0], uy0 = p0[1], w0 = p0[2], ux1 = p1[0], uy1 = p1[1], w1 = p1[2], dx = ux1 - ux0, dy = uy1 - uy0, d2 = dx * dx + dy * dy, i, S;
		if (d2 < epsilon2) {
			S = Math.log(w1 / w0) / rho;
			i = function(t) {
				return [
					ux0 + t * dx,
					uy0 + t * dy,
					w0 * Math.exp(rho * t * S)
				];
			};
		} else {
			var d1 = Math.sqrt(d2), b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1), b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1), r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
			S = (Math.log(Math.sqrt(b1 * b1 + 1) - b1) - r0) / rho;
			i = function(t) {
				var s = t * S, coshr0 = cosh(r0), u = w0 / (rho2 * d1) * (coshr0 * tanh(rho * s + r0) - sinh(r0));
				return [
					ux0 + u * dx,
					uy0 + u * dy,
					w0 * coshr0 / cosh(rho * s + r0)
				];
			};
		}
		i.duration = Math.abs(S) * 1e3 * rho / Math.SQRT2;
		return i;
	}
	zoom.rho = function(_) {
		var _1 = Math.max(.001, +_), _2 = _1 * _1;
		return zoomRho(_1, _2, _2 * _2);
	};
	return zoom;
})(Math.SQRT2, 2, 4);
function cubehelix(hue) {
	return (function cubehelixGamma(y) {
		y = +y;
		function cubehelix(start, end) {
			var h = hue((start = cubehelix$1(start)).h, (end = cubehelix$1(end)).h), s = nogamma(start.s, end.s), l = nogamma(start.l, end.l), opacity = nogamma(start.opacity, end.opacity);
			return function(t) {
				start.h = h(t);
				start.s = s(t);
				start.l = l(Math.pow(t, y));
				start.opacity = opacity(t);
				return start + "";
			};
		}
		cubehelix.gamma = cubehelixGamma;
		return cubehelix;
	})(1);
}
cubehelix(hue$1);
cubehelix(nogamma);
// node_modules/d3-timer/dist/d3-timer.mjs
var frame = 0;
var timeout$1 = 0;
var interval$1 = 0;
var pokeDelay = 1e3;
var taskHead;
var taskTail;
var clockLast = 0;
var clockNow = 0;
var clockSkew = 0;
var clock = typeof performance === "object" && performance.now ? performance : Date;
var setFrame = typeof window === "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(f) {
	setTimeout(f, 17);
};
function now() {
	return clockNow || (setFrame(clearNow), clockNow = clock.now() + clockSkew);
}
function clearNow() {
	clockNow = 0;
}
function Timer() {
	this._call = this._time = this._next = null;
}
Timer.prototype = timer.prototype = {
	constructor: Timer,
	restart: function(callback, delay, time) {
		if (typeof callback !== "function") throw new TypeError("callback is not a function");
		time = (time == null ? now() : +time) + (delay == null ? 0 : +delay);
		if (!this._next && taskTail !== this) {
			if (taskTail) taskTail._next = this;
			else taskHead = this;
			taskTail = this;
		}
		this._call = callback;
		this._time = time;
		sleep();
	},
	stop: function() {
		if (this._call) {
			this._call = null;
			this._time = Infinity;
			sleep();
		}
	}
};
function timer(callback, delay, time) {
	var t = new Timer();
	t.restart(callback, delay, time);
	return t;
}
function timerFlush() {
	now();
	++frame;
	var t = taskHead, e;
	while (t) {
		if ((e = clockNow - t._time) >= 0) t._call.call(void 0, e);
		t = t._next;
	}
	--frame;
}
function wake() {
	clockNow = (clockLast = clock.now()) + clockSkew;
	frame = timeout$1 = 0;
	try {
		timerFlush();
	} finally {
		frame = 0;
		nap();
		clockNow = 0;
	}
}
function poke() {
	var now = clock.now(), delay = now - clockLast;
	if (delay > pokeDelay) clockSkew -= delay, clockLast = now;
}
function nap() {
	var t0, t1 = taskHead, t2, time = Infinity;
	while (t1) if (t1._call) {
		if (time > t1._time) time = t1._time;
		t0 = t1, t1 = t1._next;
	} else {
		t2 = t1._next, t1._next = null;
		t1 = t0 ? t0._next = t2 : taskHead = t2;
	}
	taskTail = t0;
	sleep(time);
}
function sleep(time) {
	if (frame) return;
	if (timeout$1) timeout$1 = clearTimeout(timeout$1);
	if (time - clockNow > 24) {
		if (time < Infinity) timeout$1 = setTimeout(wake, Math.ceil(time - clock.now() - clockSkew) + 1);
		if (interval$1) interval$1 = clearInterval(interval$1);
	} else {
		if (!interval$1) clockLast = clock.now(), interval$1 = setInterval(poke, pokeDelay);
		frame = 1, setFrame(wake);
	}
}
function timeout(callback, delay, time) {
	var t = new Timer();
	delay = delay == null ? 0 : +delay;
	t.restart((elapsed) => {
		t.stop();
		callback(elapsed + delay);
	}, delay, time);
	return t;
}
// node_modules/d3-ease/dist/d3-ease.mjs
function cubicInOut(t) {
	return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}
var exponent = 3;
(function custom(e) {
	e = +e;
	function polyIn(t) {
		return Math.pow(t, e);
	}
	polyIn.exponent = custom;
	return polyIn;
})(exponent);
(function custom(e) {
	e = +e;
	function polyOut(t) {
		return 1 - Math.pow(1 - t, e);
	}
	polyOut.exponent = custom;
	return polyOut;
})(exponent);
(function custom(e) {
	e = +e;
	function polyInOut(t) {
		return ((t *= 2) <= 1 ? Math.pow(t, e) : 2 - Math.pow(2 - t, e)) / 2;
	}
	polyInOut.exponent = custom;
	return polyInOut;
})(exponent);
function tpmt(x) {
	return (Math.pow(2, -10 * x) - .0009765625) * 1.0009775171065494;
}
var b1 = 4 / 11;
1 / b1 / b1;
var overshoot = 1.70158;
(function custom(s) {
	s = +s;
	function backIn(t) {
		return (t = +t) * t * (s * (t - 1) + t);
	}
	backIn.overshoot = custom;
	return backIn;
})(overshoot);
(function custom(s) {
	s = +s;
	function backOut(t) {
		return --t * t * ((t + 1) * s + t) + 1;
	}
	backOut.overshoot = custom;
	return backOut;
})(overshoot);
(function custom(s) {
	s = +s;
	function backInOut(t) {
		return ((t *= 2) < 1 ? t * t * ((s + 1) * t - s) : (t -= 2) * t * ((s + 1) * t + s) + 2) / 2;
	}
	backInOut.overshoot = custom;
	return backInOut;
})(overshoot);
var tau = 2 * Math.PI;
var amplitude = 1;
var period = .3;
(function custom(a, p) {
	var s = Math.asin(1 / (a = Math.max(1, a))) * (p /= tau);
	function elasticIn(t) {
		return a * tpmt(- --t) * Math.sin((s - t) / p);
	}
	elasticIn.amplitude = function(a) {
		return custom(a, p * tau);
	};
	elasticIn.period = function(p) {
		return custom(a, p);
	};
	return elasticIn;
})(amplitude, period);
(function custom(a, p) {
	var s = Math.asin(1 / (a = Math.max(1, a))) * (p /= tau);
	function elasticOut(t) {
		return 1 - a * tpmt(t = +t) * Math.sin((t + s) / p);
	}
	elasticOut.amplitude = function(a) {
		return custom(a, p * tau);
	};
	elasticOut.period = function(p) {
		return custom(a, p);
	};
	return elasticOut;
})(amplitude, period);
(function custom(a, p) {
	var s = Math.asin(1 / (a = Math.max(1, a))) * (p /= tau);
	function elasticInOut(t) {
		return ((t = t * 2 - 1) < 0 ? a * tpmt(-t) * Math.sin((s - t) / p) : 2 - a * tpmt(t) * Math.sin((s + t) / p)) / 2;
	}
	elasticInOut.amplitude = function(a) {
		return custom(a, p * tau);
	};
	elasticInOut.period = function(p) {
		return custom(a, p);
	};
	return elasticInOut;
})(amplitude, period);
// node_modules/d3-transition/dist/d3-transition.mjs
var emptyOn = dispatch("start", "end", "cancel", "interrupt");
var emptyTween = [];
var CREATED = 0;
var SCHEDULED = 1;
var STARTING = 2;
var STARTED = 3;
var RUNNING = 4;
var ENDING = 5;
var ENDED = 6;
function schedule(node, name, id, index, group, timing) {
	var schedules = node.__transition;
	if (!schedules) node.__transition = {};
	else if (id in schedules) return;
	create(node, id, {
		name,
		index,
		group,
		on: emptyOn,
		tween: emptyTween,
		time: timing.time,
		delay: timing.delay,
		duration: timing.duration,
		ease: timing.ease,
		timer: null,
		state: CREATED
	});
}
function init(node, id) {
	var schedule = get(node, id);
	if (schedule.state > CREATED) throw new Error("too late; already scheduled");
	return schedule;
}
function set(node, id) {
	var schedule = get(node, id);
	if (schedule.state > STARTED) throw new Error("too late; already running");
	return schedule;
}
function get(node, id) {
	var schedule = node.__transition;
	if (!schedule || !(schedule = schedule[id])) throw new Error("transition not found");
	return schedule;
}
function create(node, id, self) {
	var schedules = node.__transition, tween;
	schedules[id] = self;
	self.timer = timer(schedule, 0, self.time);
	function schedule(elapsed) {
		self.state = SCHEDULED;
		self.timer.restart(start, self.delay, self.time);
		if (self.delay <= elapsed) start(elapsed - self.delay);
	}
	function start(elapsed) {
		var i, j, n, o;
		if (self.state !== SCHEDULED) return stop();
		for (i in schedules) {
			o = schedules[i];
			if (o.name !== self.name) continue;
			if (o.state === STARTED) return timeout(start);
			if (o.state === RUNNING) {
				o.state = ENDED;
				o.timer.stop();
				o.on.call("interrupt", node, node.__data__, o.index, o.group);
				delete schedules[i];
			} else if (+i < id) {
				o.state = ENDED;
				o.timer.stop();
				o.on.call("cancel", node, node.__data__, o.index, o.group);
				delete schedules[i];
			}
		}
		timeout(function() {
			if (self.state === STARTED) {
				self.state = RUNNING;
				self.timer.restart(tick, self.delay, self.time);
				tick(elapsed);
			}
		});
		self.state = STARTING;
		self.on.call("start", node, node.__data__, self.index, self.group);
		if (self.state !== STARTING) return;
		self.state = STARTED;
		tween = new Array(n = self.tween.length);
		for (i = 0, j = -1; i < n; ++i) if (o = self.tween[i].value.call(node, node.__data__, self.index, self.group)) tween[++j] = o;
		tween.length = j + 1;
	}
	function tick(elapsed) {
		var t = elapsed < self.duration ? self.ease.call(null, elapsed / self.duration) : (self.timer.restart(stop), self.state = ENDING, 1), i = -1, n = tween.length;
		while (++i < n) tween[i].call(node, t);
		if (self.state === ENDING) {
			self.on.call("end", node, node.__data__, self.index, self.group);
			stop();
		}
	}
	function stop() {
		self.state = ENDED;
		self.timer.stop();
		delete schedules[id];
		for (var i in schedules) return;
		delete node.__transition;
	}
}
function interrupt(node, name) {
	var schedules = node.__transition, schedule, active, empty = true, i;
	if (!schedules) return;
	name = name == null ? null : name + "";
	for (i in schedules) {
		if ((schedule = schedules[i]).name !== name) {
			empty = false;
			continue;
		}
		active = schedule.state > STARTING && schedule.state < ENDING;
		schedule.state = ENDED;
		schedule.timer.stop();
		schedule.on.call(active ? "interrupt" : "cancel", node, node.__data__, schedule.index, schedule.group);
		delete schedules[i];
	}
	if (empty) delete node.__transition;
}
function selection_interrupt(name) {
	return this.each(function() {
		interrupt(this, name);
	});
}
function tweenRemove(id, name) {
	var tween0, tween1;
	return function() {
		var schedule = set(this, id), tween = schedule.tween;
		if (tween !== tween0) {
			tween1 = tween0 = tween;
			for (var i = 0, n = tween1.length; i < n; ++i) if (tween1[i].name === name) {
				tween1 = tween1.slice();
				tween1.splice(i, 1);
				break;
			}
		}
		schedule.tween = tween1;
	};
}
function tweenFunction(id, name, value) {
	var tween0, tween1;
	if (typeof value !== "function") throw new Error();
	return function() {
		var schedule = set(this, id), tween = schedule.tween;
		if (tween !== tween0) {
			tween1 = (tween0 = tween).slice();
			for (var t = {
				name,
				value
			}, i = 0, n = tween1.length; i < n; ++i) if (tween1[i].name === name) {
				tween1[i] = t;
				break;
			}
			if (i === n) tween1.push(t);
		}
		schedule.tween = tween1;
	};
}
function transition_tween(name, value) {
	var id = this._id;
	name += "";
	if (arguments.length < 2) {
		var tween = get(this.node(), id).tween;
		for (var i = 0, n = tween.length, t; i < n; ++i) if ((t = tween[i]).name === name) return t.value;
		return null;
	}
	return this.each((value == null ? tweenRemove : tweenFunction)(id, name, value));
}
function tweenValue(transition, name, value) {
	var id = transition._id;
	transition.each(function() {
		var schedule = set(this, id);
		(schedule.value || (schedule.value = {}))[name] = value.apply(this, arguments);
	});
	return function(node) {
		return get(node, id).value[name];
	};
}
function interpolate(a, b) {
	var c;
	return (typeof b === "number" ? number$2 : b instanceof color ? rgb : (c = color(b)) ? (b = c, rgb) : string$1)(a, b);
}
function attrRemove(name) {
	return function() {
		this.removeAttribute(name);
	};
}
function attrRemoveNS(fullname) {
	return function() {
		this.removeAttributeNS(fullname.space, fullname.local);
	};
}
function attrConstant(name, interpolate, value1) {
	var string00, string1 = value1 + "", interpolate0;
	return function() {
		var string0 = this.getAttribute(name);
		return string0 === string1 ? null : string0 === string00 ? interpolate0 : interpolate0 = interpolate(string00 = string0, value1);
	};
}
function attrConstantNS(fullname, interpolate, value1) {
	var string00, string1 = value1 + "", interpolate0;
	return function() {
		var string0 = this.getAttributeNS(fullname.space, fullname.local);
		return string0 === string1 ? null : string0 === string00 ? interpolate0 : interpolate0 = interpolate(string00 = string0, value1);
	};
}
function attrFunction(name, interpolate, value) {
	var string00, string10, interpolate0;
	return function() {
		var string0, value1 = value(this), string1;
		if (value1 == null) return void this.removeAttribute(name);
		string0 = this.getAttribute(name);
		string1 = value1 + "";
		return string0 === string1 ? null : string0 === string00 && string1 === string10 ? interpolate0 : (string10 = string1, interpolate0 = interpolate(string00 = string0, value1));
	};
}
function attrFunctionNS(fullname, interpolate, value) {
	var string00, string10, interpolate0;
	return function() {
		var string0, value1 = value(this), string1;
		if (value1 == null) return void this.removeAttributeNS(fullname.space, fullname.local);
		string0 = this.getAttributeNS(fullname.space, fullname.local);
		string1 = value1 + "";
		return string0 === string1 ? null : string0 === string00 && string1 === string10 ? interpolate0 : (string10 = string1, interpolate0 = interpolate(string00 = string0, value1));
	};
}
function transition_attr(name, value) {
	var fullname = namespace(name), i = fullname === "transform" ? interpolateTransformSvg : interpolate;
	return this.attrTween(name, typeof value === "function" ? (fullname.local ? attrFunctionNS : attrFunction)(fullname, i, tweenValue(this, "attr." + name, value)) : value == null ? (fullname.local ? attrRemoveNS : attrRemove)(fullname) : (fullname.local ? attrConstantNS : attrConstant)(fullname, i, value));
}
function attrInterpolate(name, i) {
	return function(t) {
		this.setAttribute(name, i.call(this, t));
	};
}
function attrInterpolateNS(fullname, i) {
	return function(t) {
		this.setAttributeNS(fullname.space, fullname.local, i.call(this, t));
	};
}
function attrTweenNS(fullname, value) {
	var t0, i0;
	function tween() {
		var i = value.apply(this, arguments);
		if (i !== i0) t0 = (i0 = i) && attrInterpolateNS(fullname, i);
		return t0;
	}
	tween._value = value;
	return tween;
}
function attrTween(name, value) {
	var t0, i0;
	function tween() {
		var i = value.apply(this, arguments);
		if (i !== i0) t0 = (i0 = i) && attrInterpolate(name, i);
		return t0;
	}
	tween._value = value;
	return tween;
}
function transition_attrTween(name, value) {
	var key = "attr." + name;
	if (arguments.length < 2) return (key = this.tween(key)) && key._value;
	if (value == null) return this.tween(key, null);
	if (typeof value !== "function") throw new Error();
	var fullname = namespace(name);
	return this.tween(key, (fullname.local ? attrTweenNS : attrTween)(fullname, value));
}
function delayFunction(id, value) {
	return function() {
		init(this, id).delay = +value.apply(this, arguments);
	};
}
function delayConstant(id, value) {
	return value = +value, function() {
		init(this, id).delay = value;
	};
}
function transition_delay(value) {
	var id = this._id;
	return arguments.length ? this.each((typeof value === "function" ? delayFunction : delayConstant)(id, value)) : get(this.node(), id).delay;
}
function durationFunction(id, value) {
	return function() {
		set(this, id).duration = +value.apply(this, arguments);
	};
}
function durationConstant(id, value) {
	return value = +value, function() {
		set(this, id).duration = value;
	};
}
function transition_duration(value) {
	var id = this._id;
	return arguments.length ? this.each((typeof value === "function" ? durationFunction : durationConstant)(id, value)) : get(this.node(), id).duration;
}
function easeConstant(id, value) {
	if (typeof value !== "function") throw new Error();
	return function() {
		set(this, id).ease = value;
	};
}
function transition_ease(value) {
	var id = this._id;
	return arguments.length ? this.each(easeConstant(id, value)) : get(this.node(), id).ease;
}
function easeVarying(id, value) {
	return function() {
		var v = value.apply(this, arguments);
		if (typeof v !== "function") throw new Error();
		set(this, id).ease = v;
	};
}
function transition_easeVarying(value) {
	if (typeof value !== "function") throw new Error();
	return this.each(easeVarying(this._id, value));
}
function transition_filter(match) {
	if (typeof match !== "function") match = matcher(match);
	for (var groups = this._groups, m = groups.length, subgroups = new Array(m), j = 0; j < m; ++j) for (var group = groups[j], n = group.length, subgroup = subgroups[j] = [], node, i = 0; i < n; ++i) if ((node = group[i]) && match.call(node, node.__data__, i, group)) subgroup.push(node);
	return new Transition(subgroups, this._parents, this._name, this._id);
}
function transition_merge(transition) {
	if (transition._id !== this._id) throw new Error();
	for (var groups0 = this._groups, groups1 = transition._groups, m0 = groups0.length, m1 = groups1.length, m = Math.min(m0, m1), merges = new Array(m0), j = 0; j < m; ++j) for (var group0 = groups0[j], group1 = groups1[j], n = group0.length, merge = merges[j] = new Array(n), node, i = 0; i < n; ++i) if (node = group0[i] || group1[i]) merge[i] = node;
	for (; j < m0; ++j) merges[j] = groups0[j];
	return new Transition(merges, this._parents, this._name, this._id);
}
function start(name) {
	return (name + "").trim().split(/^|\s+/).every(function(t) {
		var i = t.indexOf(".");
		if (i >= 0) t = t.slice(0, i);
		return !t || t === "start";
	});
}
function onFunction(id, name, listener) {
	var on0, on1, sit = start(name) ? init : set;
	return function() {
		var schedule = sit(this, id), on = schedule.on;
		if (on !== on0) (on1 = (on0 = on).copy()).on(name, listener);
		schedule.on = on1;
	};
}
function transition_on(name, listener) {
	var id = this._id;
	return arguments.length < 2 ? get(this.node(), id).on.on(name) : this.each(onFunction(id, name, listener));
}
function removeFunction(id) {
	return function() {
		var parent = this.parentNode;
		for (var i in this.__transition) if (+i !== id) return;
		if (parent) parent.removeChild(this);
	};
}
function transition_remove() {
	return this.on("end.remove", removeFunction(this._id));
}
function transition_select(select) {
	var name = this._name, id = this._id;
	if (typeof select !== "function") select = selector(select);
	for (var groups = this._groups, m = groups.length, subgroups = new Array(m), j = 0; j < m; ++j) for (var group = groups[j], n = group.length, subgroup = subgroups[j] = new Array(n), node, subnode, i = 0; i < n; ++i) if ((node = group[i]) && (subnode = select.call(node, node.__data__, i, group))) {
		if ("__data__" in node) subnode.__data__ = node.__data__;
		subgroup[i] = subnode;
		schedule(subgroup[i], name, id, i, subgroup, get(node, id));
	}
	return new Transition(subgroups, this._parents, name, id);
}
function transition_selectAll(select) {
	var name = this._name, id = this._id;
	if (typeof select !== "function") select = selectorAll(select);
	for (var groups = this._groups, m = groups.length, subgroups = [], parents = [], j = 0; j < m; ++j) for (var group = groups[j], n = group.length, node, i = 0; i < n; ++i) if (node = group[i]) {
		for (var children = select.call(node, node.__data__, i, group), child, inherit = get(node, id), k = 0, l = children.length; k < l; ++k) if (child = children[k]) schedule(child, name, id, k, children, inherit);
		subgroups.push(children);
		parents.push(node);
	}
	return new Transition(subgroups, parents, name, id);
}
var Selection = selection.prototype.constructor;
function transition_selection() {
	return new Selection(this._groups, this._parents);
}
function styleNull(name, interpolate) {
	var string00, string10, interpolate0;
	return function() {
		var string0 = styleValue(this, name), string1 = (this.style.removeProperty(name), styleValue(this, name));
		return string0 === string1 ? null : string0 === string00 && string1 === string10 ? interpolate0 : interpolate0 = interpolate(string00 = string0, string10 = string1);
	};
}
function styleRemove(name) {
	return function() {
		this.style.removeProperty(name);
	};
}
function styleConstant(name, interpolate, value1) {
	var string00, string1 = value1 + "", interpolate0;
	return function() {
		var string0 = styleValue(this, name);
		return string0 === string1 ? null : string0 === string00 ? interpolate0 : interpolate0 = interpolate(string00 = string0, value1);
	};
}
function styleFunction(name, interpolate, value) {
	var string00, string10, interpolate0;
	return function() {
		var string0 = styleValue(this, name), value1 = value(this), string1 = value1 + "";
		if (value1 == null) string1 = value1 = (this.style.removeProperty(name), styleValue(this, name));
		return string0 === string1 ? null : string0 === string00 && string1 === string10 ? interpolate0 : (string10 = string1, interpolate0 = interpolate(string00 = string0, value1));
	};
}
function styleMaybeRemove(id, name) {
	var on0, on1, listener0, key = "style." + name, event = "end." + key, remove;
	return function() {
		var schedule = set(this, id), on = schedule.on, listener = schedule.value[key] == null ? remove || (remove = styleRemove(name)) : void 0;
		if (on !== on0 || listener0 !== listener) (on1 = (on0 = on).copy()).on(event, listener0 = listener);
		schedule.on = on1;
	};
}
function transition_style(name, value, priority) {
	var i = (name += "") === "transform" ? interpolateTransformCss : interpolate;
	return value == null ? this.styleTween(name, styleNull(name, i)).on("end.style." + name, styleRemove(name)) : typeof value === "function" ? this.styleTween(name, styleFunction(name, i, tweenValue(this, "style." + name, value))).each(styleMaybeRemove(this._id, name)) : this.styleTween(name, styleConstant(name, i, value), priority).on("end.style." + name, null);
}
function styleInterpolate(name, i, priority) {
	return function(t) {
		this.style.setProperty(name, i.call(this, t), priority);
	};
}
function styleTween(name, value, priority) {
	var t, i0;
	function tween() {
		var i = value.apply(this, arguments);
		if (i !== i0) t = (i0 = i) && styleInterpolate(name, i, priority);
		return t;
	}
	tween._value = value;
	return tween;
}
function transition_styleTween(name, value, priority) {
	var key = "style." + (name += "");
	if (arguments.length < 2) return (key = this.tween(key)) && key._value;
	if (value == null) return this.tween(key, null);
	if (typeof value !== "function") throw new Error();
	return this.tween(key, styleTween(name, value, priority == null ? "" : priority));
}
function textConstant(value) {
	return function() {
		this.textContent = value;
	};
}
function textFunction(value) {
	return function() {
		var value1 = value(this);
		this.textContent = value1 == null ? "" : value1;
	};
}
function transition_text(value) {
	return this.tween("text", typeof value === "function" ? textFunction(tweenValue(this, "text", value)) : textConstant(value == null ? "" : value + ""));
}
function textInterpolate(i) {
	return function(t) {
		this.textContent = i.call(this, t);
	};
}
function textTween(value) {
	var t0, i0;
	function tween() {
		var i = value.apply(this, arguments);
		if (i !== i0) t0 = (i0 = i) && textInterpolate(i);
		return t0;
	}
	tween._value = value;
	return tween;
}
function transition_textTween(value) {
	var key = "text";
	if (arguments.length < 1) return (key = this.tween(key)) && key._value;
	if (value == null) return this.tween(key, null);
	if (typeof value !== "function") throw new Error();
	return this.tween(key, textTween(value));
}
function transition_transition() {
	var name = this._name, id0 = this._id, id1 = newId();
	for (var groups = this._groups, m = groups.length, j = 0; j < m; ++j) for (var group = groups[j], n = group.length, node, i = 0; i < n; ++i) if (node = group[i]) {
		var inherit = get(node, id0);
		schedule(node, name, id1, i, group, {
			time: inherit.time + inherit.delay + inherit.duration,
			delay: 0,
			duration: inherit.duration,
			ease: inherit.ease
		});
	}
	return new Transition(groups, this._parents, name, id1);
}
function transition_end() {
	var on0, on1, that = this, id = that._id, size = that.size();
	return new Promise(function(resolve, reject) {
		var cancel = { value: reject }, end = { value: function() {
			if (--size === 0) resolve();
		} };
		that.each(function() {
			var schedule = set(this, id), on = schedule.on;
			if (on !== on0) {
				on1 = (on0 = on).copy();
				on1._.cancel.push(cancel);
				on1._.interrupt.push(cancel);
				on1._.end.push(end);
			}
			schedule.on = on1;
		});
		if (size === 0) resolve();
	});
}
var id = 0;
function Transition(groups, parents, name, id) {
	this._groups = groups;
	this._parents = parents;
	this._name = name;
	this._id = id;
}
function transition(name) {
	return selection().transition(name);
}
function newId() {
	return ++id;
}
var selection_prototype = selection.prototype;
Transition.prototype = transition.prototype = {
	constructor: Transition,
	select: transition_select,
	selectAll: transition_selectAll,
	selectChild: selection_prototype.selectChild,
	selectChildren: selection_prototype.selectChildren,
	filter: transition_filter,
	merge: transition_merge,
	selection: transition_selection,
	transition: transition_transition,
	call: selection_prototype.call,
	nodes: selection_prototype.nodes,
	node: selection_prototype.node,
	size: selection_prototype.size,
	empty: selection_prototype.empty,
	each: selection_prototype.each,
	on: transition_on,
	attr: transition_attr,
	attrTween: transition_attrTween,
	style: transition_style,
	styleTween: transition_styleTween,
	text: transition_text,
	textTween: transition_textTween,
	remove: transition_remove,
	tween: transition_tween,
	delay: transition_delay,
	duration: transition_duration,
	ease: transition_ease,
	easeVarying: transition_easeVarying,
	end: transition_end,
	[Symbol.iterator]: selection_prototype[Symbol.iterator]
};
var defaultTiming = {
	time: null,
	delay: 0,
	duration: 250,
	ease: cubicInOut
};
function inherit(node, id) {
	var timing;
	while (!(timing = node.__transition) || !(timing = timing[id])) if (!(node = node.parentNode)) throw new Error(`transition ${id} not found`);
	return timing;
}
function selection_transition(name) {
	var id, timing;
	if (name instanceof Transition) id = name._id, name = name._name;
	else id = newId(), (timing = defaultTiming).time = now(), name = name == null ? null : name + "";
	for (var groups = this._groups, m = groups.length, j = 0; j < m; ++j) for (var group = groups[j], n = group.length, node, i = 0; i < n; ++i) if (node = group[i]) schedule(node, name, id, i, group, timing || inherit(node, id));
	return new Transition(groups, this._parents, name, id);
}
selection.prototype.interrupt = selection_interrupt;
selection.prototype.transition = selection_transition;
// node_modules/d3-zoom/dist/d3-zoom.mjs
var constant = (x) => () => x;
function ZoomEvent(type, { sourceEvent, target, transform, dispatch }) {
	Object.defineProperties(this, {
		type: {
			value: type,
			enumerable: true,
			configurable: true
		},
		sourceEvent: {
			value: sourceEvent,
			enumerable: true,
			configurable: true
		},
		target: {
			value: target,
			enumerable: true,
			configurable: true
		},
		transform: {
			value: transform,
			enumerable: true,
			configurable: true
		},
		_: { value: dispatch }
	});
}
function Transform(k, x, y) {
	this.k = k;
	this.x = x;
	this.y = y;
}
Transform.prototype = {
	constructor: Transform,
	scale: function(k) {
		return k === 1 ? this : new Transform(this.k * k, this.x, this.y);
	},
	translate: function(x, y) {
		return x === 0 & y === 0 ? this : new Transform(this.k, this.x + this.k * x, this.y + this.k * y);
	},
	apply: function(point) {
		return [point[0] * this.k + this.x, point[1] * this.k + this.y];
	},
	applyX: function(x) {
		return x * this.k + this.x;
	},
	applyY: function(y) {
		return y * this.k + this.y;
	},
	invert: function(location) {
		return [(location[0] - this.x) / this.k, (location[1] - this.y) / this.k];
	},
	invertX: function(x) {
		return (x - this.x) / this.k;
	},
	invertY: function(y) {
		return (y - this.y) / this.k;
	},
	rescaleX: function(x) {
		return x.copy().domain(x.range().map(this.invertX, this).map(x.invert, x));
	},
	rescaleY: function(y) {
		return y.copy().domain(y.range().map(this.invertY, this).map(y.invert, y));
	},
	toString: function() {
		return "translate(" + this.x + "," + this.y + ") scale(" + this.k + ")";
	}
};
var identity$1 = new Transform(1, 0, 0);
transform$1.prototype = Transform.prototype;
function transform$1(node) {
	while (!node.__zoom) if (!(node = node.parentNode)) return identity$1;
	return node.__zoom;
}
function nopropagation(event) {
	event.stopImmediatePropagation();
}
function noevent(event) {
	event.preventDefault();
	event.stopImmediatePropagation();
}
function defaultFilter(event) {
	return (!event.ctrlKey || event.type === "wheel") && !event.button;
}
function defaultExtent() {
	var e = this;
	if (e instanceof SVGElement) {
		e = e.ownerSVGElement || e;
		if (e.hasAttribute("viewBox")) {
			e = e.viewBox.baseVal;
			return [[e.x, e.y], [e.x + e.width, e.y + e.height]];
		}
		return [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]];
	}
	return [[0, 0], [e.clientWidth, e.clientHeight]];
}
function defaultTransform() {
	return this.__zoom || identity$1;
}
function defaultWheelDelta(event) {
	return -event.deltaY * (event.deltaMode === 1 ? .05 : event.deltaMode ? 1 : .002) * (event.ctrlKey ? 10 : 1);
}
function defaultTouchable() {
	return navigator.maxTouchPoints || "ontouchstart" in this;
}
function defaultConstrain(transform, extent, translateExtent) {
	var dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0], dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0], dy0 = transform.invertY(extent[0][1]) - translateExtent[0][1], dy1 = transform.invertY(extent[1][1]) - translateExtent[1][1];
	return transform.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1), dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1));
}
function zoom() {
	var filter = defaultFilter, extent = defaultExtent, constrain = defaultConstrain, wheelDelta = defaultWheelDelta, touchable = defaultTouchable, scaleExtent = [0, Infinity], translateExtent = [[-Infinity, -Infinity], [Infinity, Infinity]], duration = 250, interpolate = zoom$1, listeners = dispatch("start", "zoom", "end"), touchstarting, touchfirst, touchending, touchDelay = 500, wheelDelay = 150, clickDistance2 = 0, tapDistance = 10;
	function zoom(selection) {
		selection.property("__zoom", defaultTransform).on("wheel.zoom", wheeled, { passive: false }).on("mousedown.zoom", mousedowned).on("dblclick.zoom", dblclicked).filter(touchable).on("touchstart.zoom", touchstarted).on("touchmove.zoom", touchmoved).on("touchend.zoom touchcancel.zoom", touchended).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
	}
	zoom.transform = function(collection, transform, point, event) {
		var selection = collection.selection ? collection.selection() : collection;
		selection.property("__zoom", defaultTransform);
		if (collection !== selection) schedule(collection, transform, point, event);
		else selection.interrupt().each(function() {
			gesture(this, arguments).event(event).start().zoom(null, typeof transform === "function" ? transform.apply(this, arguments) : transform).end();
		});
	};
	zoom.scaleBy = function(selection, k, p, event) {
		zoom.scaleTo(selection, function() {
			return this.__zoom.k * (typeof k === "function" ? k.apply(this, arguments) : k);
		}, p, event);
	};
	zoom.scaleTo = function(selection, k, p, event) {
		zoom.transform(selection, function() {
			var e = extent.apply(this, arguments), t0 = this.__zoom, p0 = p == null ? centroid(e) : typeof p === "function" ? p.apply(this, arguments) : p, p1 = t0.invert(p0), k1 = typeof k === "function" ? k.apply(this, arguments) : k;
			return constrain(translate(scale(t0, k1), p0, p1), e, translateExtent);
		}, p, event);
	};
	zoom.translateBy = function(selection, x, y, event) {
		zoom.transform(selection, function() {
			return constrain(this.__zoom.translate(typeof x === "function" ? x.apply(this, arguments) : x, typeof y === "function" ? y.apply(this, arguments) : y), extent.apply(this, arguments), translateExtent);
		}, null, event);
	};
	zoom.translateTo = function(selection, x, y, p, event) {
		zoom.transform(selection, function() {
			var e = extent.apply(this, arguments), t = this.__zoom, p0 = p == null ? centroid(e) : typeof p === "function" ? p.apply(this, arguments) : p;
			return constrain(identity$1.translate(p0[0], p0[1]).scale(t.k).translate(typeof x === "function" ? -x.apply(this, arguments) : -x, typeof y === "function" ? -y.apply(this, arguments) : -y), e, translateExtent);
		}, p, event);
	};
	function scale(transform, k) {
		k = Math.max(scaleExtent[0], Math.min(scaleExtent[1], k));
		return k === transform.k ? transform : new Transform(k, transform.x, transform.y);
	}
	function translate(transform, p0, p1) {
		var x = p0[0] - p1[0] * transform.k, y = p0[1] - p1[1] * transform.k;
		return x === transform.x && y === transform.y ? transform : new Transform(transform.k, x, y);
	}
	function centroid(extent) {
		return [(+extent[0][0] + +extent[1][0]) / 2, (+extent[0][1] + +extent[1][1]) / 2];
	}
	function schedule(transition, transform, point, event) {
		transition.on("start.zoom", function() {
			gesture(this, arguments).event(event).start();
		}).on("interrupt.zoom end.zoom", function() {
			gesture(this, arguments).event(event).end();
		}).tween("zoom", function() {
			var that = this, args = arguments, g = gesture(that, args).event(event), e = extent.apply(that, args), p = point == null ? centroid(e) : typeof point === "function" ? point.apply(that, args) : point, w = Math.max(e[1][0] - e[0][0], e[1][1] - e[0][1]), a = that.__zoom, b = typeof transform === "function" ? transform.apply(that, args) : transform, i = interpolate(a.invert(p).concat(w / a.k), b.invert(p).concat(w / b.k));
			return function(t) {
				if (t === 1) t = b;
				else {
					var l = i(t), k = w / l[2];
					t = new Transform(k, p[0] - l[0] * k, p[1] - l[1] * k);
				}
				g.zoom(null, t);
			};
		});
	}
	function gesture(that, args, clean) {
		return !clean && that.__zooming || new Gesture(that, args);
	}
	function Gesture(that, args) {
		this.that = that;
		this.args = args;
		this.active = 0;
		this.sourceEvent = null;
		this.extent = extent.apply(that, args);
		this.taps = 0;
	}
	Gesture.prototype = {
		event: function(event) {
			if (event) this.sourceEvent = event;
			return this;
		},
		start: function() {
			if (++this.active === 1) {
				this.that.__zooming = this;
				this.emit("start");
			}
			return this;
		},
		zoom: function(key, transform) {
			if (this.mouse && key !== "mouse") this.mouse[1] = transform.invert(this.mouse[0]);
			if (this.touch0 && key !== "touch") this.touch0[1] = transform.invert(this.touch0[0]);
			if (this.touch1 && key !== "touch") this.touch1[1] = transform.invert(this.touch1[0]);
			this.that.__zoom = transform;
			this.emit("zoom");
			return this;
		},
		end: function() {
			if (--this.active === 0) {
				delete this.that.__zooming;
				this.emit("end");
			}
			return this;
		},
		emit: function(type) {
			var d = select(this.that).datum();
			listeners.call(type, this.that, new ZoomEvent(type, {
				sourceEvent: this.sourceEvent,
				target: zoom,
				transform: this.that.__zoom,
				dispatch: listeners
			}), d);
		}
	};
	function wheeled(event, ...args) {
		if (!filter.apply(this, arguments)) return;
		var g = gesture(this, args).event(event), t = this.__zoom, k = Math.max(scaleExtent[0], Math.min(scaleExtent[1], t.k * Math.pow(2, wheelDelta.apply(this, arguments)))), p = pointer(event);
		if (g.wheel) {
			if (g.mouse[0][0] !== p[0] || g.mouse[0][1] !== p[1]) g.mouse[1] = t.invert(g.mouse[0] = p);
			clearTimeout(g.wheel);
		} else if (t.k === k) return;
		else {
			g.mouse = [p, t.invert(p)];
			interrupt(this);
			g.start();
		}
		noevent(event);
		g.wheel = setTimeout(wheelidled, wheelDelay);
		g.zoom("mouse", constrain(translate(scale(t, k), g.mouse[0], g.mouse[1]), g.extent, translateExtent));
		function wheelidled() {
			g.wheel = null;
			g.end();
		}
	}
	function mousedowned(event, ...args) {
		if (touchending || !filter.apply(this, arguments)) return;
		var currentTarget = event.currentTarget, g = gesture(this, args, true).event(event), v = select(event.view).on("mousemove.zoom", mousemoved, true).on("mouseup.zoom", mouseupped, true), p = pointer(event, currentTarget), x0 = event.clientX, y0 = event.clientY;
		nodrag(event.view);
		nopropagation(event);
		g.mouse = [p, this.__zoom.invert(p)];
		interrupt(this);
		g.start();
		function mousemoved(event) {
			noevent(event);
			if (!g.moved) {
				var dx = event.clientX - x0, dy = event.clientY - y0;
				g.moved = dx * dx + dy * dy > clickDistance2;
			}
			g.event(event).zoom("mouse", constrain(translate(g.that.__zoom, g.mouse[0] = pointer(event, currentTarget), g.mouse[1]), g.extent, translateExtent));
		}
		function mouseupped(event) {
			v.on("mousemove.zoom mouseup.zoom", null);
			yesdrag(event.view, g.moved);
			noevent(event);
			g.event(event).end();
		}
	}
	function dblclicked(event, ...args) {
		if (!filter.apply(this, arguments)) return;
		var t0 = this.__zoom, p0 = pointer(event.changedTouches ? event.changedTouches[0] : event, this), p1 = t0.invert(p0), k1 = t0.k * (event.shiftKey ? .5 : 2), t1 = constrain(translate(scale(t0, k1), p0, p1), extent.apply(this, args), translateExtent);
		noevent(event);
		if (duration > 0) select(this).transition().duration(duration).call(schedule, t1, p0, event);
		else select(this).call(zoom.transform, t1, p0, event);
	}
	function touchstarted(event, ...args) {
		if (!filter.apply(this, arguments)) return;
		var touches = event.touches, n = touches.length, g = gesture(this, args, event.changedTouches.length === n).event(event), started, i, t, p;
		nopropagation(event);
		for (i = 0; i < n; ++i) {
			t = touches[i], p = pointer(t, this);
			p = [
				p,
				this.__zoom.invert(p),
				t.identifier
			];
			if (!g.touch0) g.touch0 = p, started = true, g.taps = 1 + !!touchstarting;
			else if (!g.touch1 && g.touch0[2] !== p[2]) g.touch1 = p, g.taps = 0;
		}
		if (touchstarting) touchstarting = clearTimeout(touchstarting);
		if (started) {
			if (g.taps < 2) touchfirst = p[0], touchstarting = setTimeout(function() {
				touchstarting = null;
			}, touchDelay);
			interrupt(this);
			g.start();
		}
	}
	function touchmoved(event, ...args) {
		if (!this.__zooming) return;
		var g = gesture(this, args).event(event), touches = event.changedTouches, n = touches.length, i, t, p, l;
		noevent(event);
		for (i = 0; i < n; ++i) {
			t = touches[i], p = pointer(t, this);
			if (g.touch0 && g.touch0[2] === t.identifier) g.touch0[0] = p;
			else if (g.touch1 && g.touch1[2] === t.identifier) g.touch1[0] = p;
		}
		t = g.that.__zoom;
		if (g.touch1) {
			var p0 = g.touch0[0], l0 = g.touch0[1], p1 = g.touch1[0], l1 = g.touch1[1], dp = (dp = p1[0] - p0[0]) * dp + (dp = p1[1] - p0[1]) * dp, dl = (dl = l1[0] - l0[0]) * dl + (dl = l1[1] - l0[1]) * dl;
			t = scale(t, Math.sqrt(dp / dl));
			p = [(p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2];
			l = [(l0[0] + l1[0]) / 2, (l0[1] + l1[1]) / 2];
		} else if (g.touch0) p = g.touch0[0], l = g.touch0[1];
		else return;
		g.zoom("touch", constrain(translate(t, p, l), g.extent, translateExtent));
	}
	function touchended(event, ...args) {
		if (!this.__zooming) return;
		var g = gesture(this, args).event(event), touches = event.changedTouches, n = touches.length, i, t;
		nopropagation(event);
		if (touchending) clearTimeout(touchending);
		touchending = setTimeout(function() {
			touchending = null;
		}, touchDelay);
		for (i = 0; i < n; ++i) {
			t = touches[i];
			if (g.touch0 && g.touch0[2] === t.identifier) delete g.touch0;
			else if (g.touch1 && g.touch1[2] === t.identifier) delete g.touch1;
		}
		if (g.touch1 && !g.touch0) g.touch0 = g.touch1, delete g.touch1;
		if (g.touch0) g.touch0[1] = this.__zoom.invert(g.touch0[0]);
		else {
			g.end();
			if (g.taps === 2) {
				t = pointer(t, this);
				if (Math.hypot(touchfirst[0] - t[0], touchfirst[1] - t[1]) < tapDistance) {
					var p = select(this).on("dblclick.zoom");
					if (p) p.apply(this, arguments);
				}
			}
		}
	}
	zoom.wheelDelta = function(_) {
		return arguments.length ? (wheelDelta = typeof _ === "function" ? _ : constant(+_), zoom) : wheelDelta;
	};
	zoom.filter = function(_) {
		return arguments.length ? (filter = typeof _ === "function" ? _ : constant(!!_), zoom) : filter;
	};
	zoom.touchable = function(_) {
		return arguments.length ? (touchable = typeof _ === "function" ? _ : constant(!!_), zoom) : touchable;
	};
	zoom.extent = function(_) {
		return arguments.length ? (extent = typeof _ === "function" ? _ : constant([[+_[0][0], +_[0][1]], [+_[1][0], +_[1][1]]]), zoom) : extent;
	};
	zoom.scaleExtent = function(_) {
		return arguments.length ? (scaleExtent[0] = +_[0], scaleExtent[1] = +_[1], zoom) : [scaleExtent[0], scaleExtent[1]];
	};
	zoom.translateExtent = function(_) {
		return arguments.length ? (translateExtent[0][0] = +_[0][0], translateExtent[1][0] = +_[1][0], translateExtent[0][1] = +_[0][1], translateExtent[1][1] = +_[1][1], zoom) : [[translateExtent[0][0], translateExtent[0][1]], [translateExtent[1][0], translateExtent[1][1]]];
	};
	zoom.constrain = function(_) {
		return arguments.length ? (constrain = _, zoom) : constrain;
	};
	zoom.duration = function(_) {
		return arguments.length ? (duration = +_, zoom) : duration;
	};
	zoom.interpolate = function(_) {
		return arguments.length ? (interpolate = _, zoom) : interpolate;
	};
	zoom.on = function() {
		var value = listeners.on.apply(listeners, arguments);
		return value === listeners ? zoom : value;
	};
	zoom.clickDistance = function(_) {
		return arguments.length ? (clickDistance2 = (_ = +_) * _, zoom) : Math.sqrt(clickDistance2);
	};
	zoom.tapDistance = function(_) {
		return arguments.length ? (tapDistance = +_, zoom) : tapDistance;
	};
	return zoom;
}
// node_modules/@xyflow/system/dist/esm/index.js
var errorMessages = {
	error001: (lib = "react") => `Seems like you have not used ${lib === "svelte" ? "SvelteFlowProvider" : "ReactFlowProvider"} as an ancestor. Help: https://${lib}flow.dev/error#001`,
	error002: () => "It looks like you've created a new nodeTypes or edgeTypes object. If this wasn't on purpose please define the nodeTypes/edgeTypes outside of the component or memoize them.",
	error003: (nodeType) => `Node type "${nodeType}" not found. Using fallback type "default".`,
	error004: () => "The parent container needs a width and a height to render the graph.",
	error005: () => "Only child nodes can use a parent extent.",
	error006: () => "Can't create edge. An edge needs a source and a target.",
	error007: (id) => `The old edge with id=${id} does not exist.`,
	error009: (type) => `Marker type "${type}" doesn't exist.`,
	error008: (handleType, { id, sourceHandle, targetHandle }) => `Couldn't create edge for ${handleType} handle id: "${handleType === "source" ? sourceHandle : targetHandle}", edge id: ${id}.`,
	error010: () => "Handle: No node id found. Make sure to only use a Handle inside a custom Node.",
	error011: (edgeType) => `Edge type "${edgeType}" not found. Using fallback type "default".`,
	error012: (id) => `Node with id "${id}" does not exist, it may have been removed. This can happen when a node is deleted before the "onNodeClick" handler is called.`,
	error013: (lib = "react") => `It seems that you haven't loaded the styles. Please import '@xyflow/${lib}/dist/style.css' or base.css to make sure everything is working properly.`,
	error014: () => "useNodeConnections: No node ID found. Call useNodeConnections inside a custom Node or provide a node ID.",
	error015: () => "It seems that you are trying to drag a node that is not initialized. Please use onNodesChange as explained in the docs.",
	error016: (id) => `Edge with id "${id}" does not exist, it may have been removed. This can happen when an edge is deleted before the "onEdgeClick" handler is called.`
};
var infiniteExtent = [[Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY], [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]];
var elementSelectionKeys = [
	"Enter",
	" ",
	"Escape"
];
var defaultAriaLabelConfig = {
	"node.a11yDescription.default": "Press enter or space to select a node. Press delete to remove it and escape to cancel.",
	"node.a11yDescription.keyboardDisabled": "Press enter or space to select a node. You can then use the arrow keys to move the node around. Press delete to remove it and escape to cancel.",
	"node.a11yDescription.ariaLiveMessage": ({ direction, x, y }) => `Moved selected node ${direction}. New position, x: ${x}, y: ${y}`,
	"edge.a11yDescription.default": "Press enter or space to select an edge. You can then press delete to remove it or escape to cancel.",
	"controls.ariaLabel": "Control Panel",
	"controls.zoomIn.ariaLabel": "Zoom In",
	"controls.zoomOut.ariaLabel": "Zoom Out",
	"controls.fitView.ariaLabel": "Fit View",
	"controls.interactive.ariaLabel": "Toggle Interactivity",
	"minimap.ariaLabel": "Mini Map",
	"handle.ariaLabel": "Handle"
};
/**
* The `ConnectionMode` is used to set the mode of connection between nodes.
* The `Strict` mode is the default one and only allows source to target edges.
* `Loose` mode allows source to source and target to target edges as well.
*
* @public
*/
var ConnectionMode;
(function(ConnectionMode) {
	ConnectionMode["Strict"] = "strict";
	ConnectionMode["Loose"] = "loose";
})(ConnectionMode || (ConnectionMode = {}));
/**
* This enum is used to set the different modes of panning the viewport when the
* user scrolls. The `Free` mode allows the user to pan in any direction by scrolling
* with a device like a trackpad. The `Vertical` and `Horizontal` modes restrict
* scroll panning to only the vertical or horizontal axis, respectively.
*
* @public
*/
var PanOnScrollMode;
(function(PanOnScrollMode) {
	PanOnScrollMode["Free"] = "free";
	PanOnScrollMode["Vertical"] = "vertical";
	PanOnScrollMode["Horizontal"] = "horizontal";
})(PanOnScrollMode || (PanOnScrollMode = {}));
var SelectionMode;
(function(SelectionMode) {
	SelectionMode["Partial"] = "partial";
	SelectionMode["Full"] = "full";
})(SelectionMode || (SelectionMode = {}));
var initialConnection = {
	inProgress: false,
	isValid: null,
	from: null,
	fromHandle: null,
	fromPosition: null,
	fromNode: null,
	to: null,
	toHandle: null,
	toPosition: null,
	toNode: null,
	pointer: null
};
/**
* If you set the `connectionLineType` prop on your [`<ReactFlow />`](/api-reference/react-flow#connection-connectionLineType)
*component, it will dictate the style of connection line rendered when creating
*new edges.
*
* @public
*
* @remarks If you choose to render a custom connection line component, this value will be
*passed to your component as part of its [`ConnectionLineComponentProps`](/api-reference/types/connection-line-component-props).
*/
var ConnectionLineType;
(function(ConnectionLineType) {
	ConnectionLineType["Bezier"] = "default";
	ConnectionLineType["Straight"] = "straight";
	ConnectionLineType["Step"] = "step";
	ConnectionLineType["SmoothStep"] = "smoothstep";
	ConnectionLineType["SimpleBezier"] = "simplebezier";
})(ConnectionLineType || (ConnectionLineType = {}));
/**
* Edges may optionally have a marker on either end. The MarkerType type enumerates
* the options available to you when configuring a given marker.
*
* @public
*/
var MarkerType;
(function(MarkerType) {
	MarkerType["Arrow"] = "arrow";
	MarkerType["ArrowClosed"] = "arrowclosed";
})(MarkerType || (MarkerType = {}));
/**
* While [`PanelPosition`](/api-reference/types/panel-position) can be used to place a
* component in the corners of a container, the `Position` enum is less precise and used
* primarily in relation to edges and handles.
*
* @public
*/
var Position;
(function(Position) {
	Position["Left"] = "left";
	Position["Top"] = "top";
	Position["Right"] = "right";
	Position["Bottom"] = "bottom";
})(Position || (Position = {}));
var oppositePosition = {
	[Position.Left]: Position.Right,
	[Position.Right]: Position.Left,
	[Position.Top]: Position.Bottom,
	[Position.Bottom]: Position.Top
};
/**
* Test whether an object is usable as an Edge
* @public
* @remarks In TypeScript this is a type guard that will narrow the type of whatever you pass in to Edge if it returns true
* @param element - The element to test
* @returns A boolean indicating whether the element is an Edge
*/
var isEdgeBase = (element) => !!element && typeof element === "object" && "id" in element && "source" in element && "target" in element;
/**
* Test whether an object is usable as a Node
* @public
* @remarks In TypeScript this is a type guard that will narrow the type of whatever you pass in to Node if it returns true
* @param element - The element to test
* @returns A boolean indicating whether the element is an Node
*/
var isNodeBase = (element) => !!element && typeof element === "object" && "id" in element && "position" in element && !("source" in element) && !("target" in element);
var isInternalNodeBase = (element) => !!element && typeof element === "object" && "id" in element && "internals" in element && !("source" in element) && !("target" in element);
var getNodePositionWithOrigin = (node, nodeOrigin = [0, 0]) => {
	const { width, height } = getNodeDimensions(node);
	const origin = node.origin ?? nodeOrigin;
	const offsetX = width * origin[0];
	const offsetY = height * origin[1];
	return {
		x: node.position.x - offsetX,
		y: node.position.y - offsetY
	};
};
/**
* Returns the bounding box that contains all the given nodes in an array. This can
* be useful when combined with [`getViewportForBounds`](/api-reference/utils/get-viewport-for-bounds)
* to calculate the correct transform to fit the given nodes in a viewport.
* @public
* @remarks Useful when combined with {@link getViewportForBounds} to calculate the correct transform to fit the given nodes in a viewport.
* @param nodes - Nodes to calculate the bounds for.
* @returns Bounding box enclosing all nodes.
*
* @remarks This function was previously called `getRectOfNodes`
*
* @example
* ```js
*import { getNodesBounds } from '@xyflow/react';
*
*const nodes = [
*  {
*    id: 'a',
*    position: { x: 0, y: 0 },
*    data: { label: 'a' },
*    width: 50,
*    height: 25,
*  },
*  {
*    id: 'b',
*    position: { x: 100, y: 100 },
*    data: { label: 'b' },
*    width: 50,
*    height: 25,
*  },
*];
*
*const bounds = getNodesBounds(nodes);
*```
*/
var getNodesBounds = (nodes, params = { nodeOrigin: [0, 0] }) => {
	if (nodes.length === 0) return {
		x: 0,
		y: 0,
		width: 0,
		height: 0
	};
	let hasNode = false;
	const box = nodes.reduce((currBox, nodeOrId) => {
		const isId = typeof nodeOrId === "string";
		let currentNode = !params.nodeLookup && !isId ? nodeOrId : void 0;
		if (params.nodeLookup) currentNode = isId ? params.nodeLookup.get(nodeOrId) : !isInternalNodeBase(nodeOrId) ? params.nodeLookup.get(nodeOrId.id) : nodeOrId;
		if (!currentNode) return currBox;
		hasNode = true;
		return getBoundsOfBoxes(currBox, nodeToBox(currentNode, params.nodeOrigin));
	}, {
		x: Infinity,
		y: Infinity,
		x2: -Infinity,
		y2: -Infinity
	});
	return hasNode ? boxToRect(box) : {
		x: 0,
		y: 0,
		width: 0,
		height: 0
	};
};
/**
* Determines a bounding box that contains all given nodes in an array
* @internal
*/
var getInternalNodesBounds = (nodeLookup, params = {}) => {
	let box = {
		x: Infinity,
		y: Infinity,
		x2: -Infinity,
		y2: -Infinity
	};
	let hasVisibleNodes = false;
	nodeLookup.forEach((node) => {
		if (params.filter === void 0 || params.filter(node)) {
			box = getBoundsOfBoxes(box, nodeToBox(node));
			hasVisibleNodes = true;
		}
	});
	return hasVisibleNodes ? boxToRect(box) : {
		x: 0,
		y: 0,
		width: 0,
		height: 0
	};
};
var getNodesInside = (nodes, rect, [tx, ty, tScale] = [
	0,
	0,
	1
], partially = false, excludeNonSelectableNodes = false) => {
	const paneX = (rect.x - tx) / tScale;
	const paneY = (rect.y - ty) / tScale;
	const paneWidth = rect.width / tScale;
	const paneHeight = rect.height / tScale;
	const visibleNodes = [];
	for (const node of nodes.values()) {
		const { measured, selectable = true, hidden = false } = node;
		if (excludeNonSelectableNodes && !selectable || hidden) continue;
		const width = measured.width ?? node.width ?? node.initialWidth ?? 0;
		const height = measured.height ?? node.height ?? node.initialHeight ?? 0;
		const { x, y } = node.internals.positionAbsolute;
		const overlappingArea = getRectsOverlappingArea(paneX, paneY, paneWidth, paneHeight, x, y, width, height);
		const area = width * height;
		const partiallyVisible = partially && overlappingArea > 0;
		if (!node.internals.handleBounds || partiallyVisible || overlappingArea >= area || node.dragging) visibleNodes.push(node);
	}
	return visibleNodes;
};
/**
* This utility filters an array of edges, keeping only those where either the source or target
* node is present in the given array of nodes.
* @public
* @param nodes - Nodes you want to get the connected edges for.
* @param edges - All edges.
* @returns Array of edges that connect any of the given nodes with each other.
*
* @example
* ```js
*import { getConnectedEdges } from '@xyflow/react';
*
*const nodes = [
*  { id: 'a', position: { x: 0, y: 0 } },
*  { id: 'b', position: { x: 100, y: 0 } },
*];
*
*const edges = [
*  { id: 'a->c', source: 'a', target: 'c' },
*  { id: 'c->d', source: 'c', target: 'd' },
*];
*
*const connectedEdges = getConnectedEdges(nodes, edges);
* // => [{ id: 'a->c', source: 'a', target: 'c' }]
*```
*/
var getConnectedEdges = (nodes, edges) => {
	const nodeIds = /* @__PURE__ */ new Set();
	nodes.forEach((node) => {
		nodeIds.add(node.id);
	});
	return edges.filter((edge) => nodeIds.has(edge.source) || nodeIds.has(edge.target));
};
function getFitViewNodes(nodeLookup, options) {
	const fitViewNodes = /* @__PURE__ */ new Map();
	const optionNodeIds = options?.nodes ? new Set(options.nodes.map((node) => node.id)) : null;
	nodeLookup.forEach((n) => {
		let isVisible;
		if (options?.includeHiddenNodes) {
			const { width, height } = getNodeDimensions(n);
			isVisible = width > 0 && height > 0;
		} else isVisible = Boolean(n.measured.width && n.measured.height && !n.hidden);
		if (isVisible && (!optionNodeIds || optionNodeIds.has(n.id))) fitViewNodes.set(n.id, n);
	});
	return fitViewNodes;
}
async function fitViewport({ nodes, width, height, panZoom, minZoom, maxZoom }, options) {
	if (nodes.size === 0) return true;
	const viewport = getViewportForBounds(getInternalNodesBounds(getFitViewNodes(nodes, options)), width, height, options?.minZoom ?? minZoom, options?.maxZoom ?? maxZoom, options?.padding ?? .1);
	await panZoom.setViewport(viewport, {
		duration: options?.duration,
		ease: options?.ease,
		interpolate: options?.interpolate
	});
	return true;
}
/**
* This function calculates the next position of a node, taking into account the node's extent, parent node, and origin.
*
* @internal
* @returns position, positionAbsolute
*/
function calculateNodePosition({ nodeId, nextPosition, nodeLookup, nodeOrigin = [0, 0], nodeExtent, onError }) {
	const node = nodeLookup.get(nodeId);
	const parentNode = node.parentId ? nodeLookup.get(node.parentId) : void 0;
	const { x: parentX, y: parentY } = parentNode ? parentNode.internals.positionAbsolute : {
		x: 0,
		y: 0
	};
	const origin = node.origin ?? nodeOrigin;
	let extent = node.extent || nodeExtent;
	if (node.extent === "parent" && !node.expandParent) {
		if (!parentNode) onError?.("005", errorMessages["error005"]());
		else {
			const { width: parentWidth, height: parentHeight } = getNodeDimensions(parentNode);
			if (parentWidth && parentHeight) extent = [[parentX, parentY], [parentX + parentWidth, parentY + parentHeight]];
		}
	} else if (parentNode && isCoordinateExtent(node.extent)) extent = [[node.extent[0][0] + parentX, node.extent[0][1] + parentY], [node.extent[1][0] + parentX, node.extent[1][1] + parentY]];
	const positionAbsolute = isCoordinateExtent(extent) ? clampPosition(nextPosition, extent, node.measured) : nextPosition;
	if (node.measured.width === void 0 || node.measured.height === void 0) onError?.("015", errorMessages["error015"]());
	return {
		position: {
			x: positionAbsolute.x - parentX + (node.measured.width ?? 0) * origin[0],
			y: positionAbsolute.y - parentY + (node.measured.height ?? 0) * origin[1]
		},
		positionAbsolute
	};
}
/**
* Pass in nodes & edges to delete, get arrays of nodes and edges that actually can be deleted
* @internal
* @param param.nodesToRemove - The nodes to remove
* @param param.edgesToRemove - The edges to remove
* @param param.nodes - All nodes
* @param param.edges - All edges
* @param param.onBeforeDelete - Callback to check which nodes and edges can be deleted
* @returns nodes: nodes that can be deleted, edges: edges that can be deleted
*/
async function getElementsToRemove({ nodesToRemove = [], edgesToRemove = [], nodes, edges, onBeforeDelete }) {
	const nodeIds = new Set(nodesToRemove.map((node) => node.id));
	const matchingNodes = [];
	for (const node of nodes) {
		if (node.deletable === false) continue;
		const isIncluded = nodeIds.has(node.id);
		const parentHit = !isIncluded && node.parentId && matchingNodes.find((n) => n.id === node.parentId);
		if (isIncluded || parentHit) matchingNodes.push(node);
	}
	const edgeIds = new Set(edgesToRemove.map((edge) => edge.id));
	const deletableEdges = edges.filter((edge) => edge.deletable !== false);
	const matchingEdges = getConnectedEdges(matchingNodes, deletableEdges);
	for (const edge of deletableEdges) if (edgeIds.has(edge.id) && !matchingEdges.find((e) => e.id === edge.id)) matchingEdges.push(edge);
	if (!onBeforeDelete) return {
		edges: matchingEdges,
		nodes: matchingNodes
	};
	const onBeforeDeleteResult = await onBeforeDelete({
		nodes: matchingNodes,
		edges: matchingEdges
	});
	if (typeof onBeforeDeleteResult === "boolean") return onBeforeDeleteResult ? {
		edges: matchingEdges,
		nodes: matchingNodes
	} : {
		edges: [],
		nodes: []
	};
	return onBeforeDeleteResult;
}
var clamp = (val, min = 0, max = 1) => Math.min(Math.max(val, min), max);
var clampPosition = (position = {
	x: 0,
	y: 0
}, extent, dimensions) => ({
	x: clamp(position.x, extent[0][0], extent[1][0] - (dimensions?.width ?? 0)),
	y: clamp(position.y, extent[0][1], extent[1][1] - (dimensions?.height ?? 0))
});
function clampPositionToParent(childPosition, childDimensions, parent) {
	const { width: parentWidth, height: parentHeight } = getNodeDimensions(parent);
	const { x: parentX, y: parentY } = parent.internals.positionAbsolute;
	return clampPosition(childPosition, [[parentX, parentY], [parentX + parentWidth, parentY + parentHeight]], childDimensions);
}
/**
* Calculates the velocity of panning when the mouse is close to the edge of the canvas
* @internal
* @param value - One dimensional poition of the mouse (x or y)
* @param min - Minimal position on canvas before panning starts
* @param max - Maximal position on canvas before panning starts
* @returns - A number between 0 and 1 that represents the velocity of panning
*/
var calcAutoPanVelocity = (value, min, max) => {
	if (value < min) return clamp(Math.abs(value - min), 1, min) / min;
	else if (value > max) return -clamp(Math.abs(value - max), 1, min) / min;
	return 0;
};
var calcAutoPan = (pos, bounds, speed = 15, distance = 40) => {
	return [calcAutoPanVelocity(pos.x, distance, bounds.width - distance) * speed, calcAutoPanVelocity(pos.y, distance, bounds.height - distance) * speed];
};
var getBoundsOfBoxes = (box1, box2) => ({
	x: Math.min(box1.x, box2.x),
	y: Math.min(box1.y, box2.y),
	x2: Math.max(box1.x2, box2.x2),
	y2: Math.max(box1.y2, box2.y2)
});
var rectToBox = ({ x, y, width, height }) => ({
	x,
	y,
	x2: x + width,
	y2: y + height
});
var boxToRect = ({ x, y, x2, y2 }) => ({
	x,
	y,
	width: x2 - x,
	height: y2 - y
});
var nodeToRect = (node, nodeOrigin = [0, 0]) => {
	const { x, y } = isInternalNodeBase(node) ? node.internals.positionAbsolute : getNodePositionWithOrigin(node, nodeOrigin);
	return {
		x,
		y,
		width: node.measured?.width ?? node.width ?? node.initialWidth ?? 0,
		height: node.measured?.height ?? node.height ?? node.initialHeight ?? 0
	};
};
var nodeToBox = (node, nodeOrigin = [0, 0]) => {
	const { x, y } = isInternalNodeBase(node) ? node.internals.positionAbsolute : getNodePositionWithOrigin(node, nodeOrigin);
	return {
		x,
		y,
		x2: x + (node.measured?.width ?? node.width ?? node.initialWidth ?? 0),
		y2: y + (node.measured?.height ?? node.height ?? node.initialHeight ?? 0)
	};
};
var getBoundsOfRects = (rect1, rect2) => boxToRect(getBoundsOfBoxes(rectToBox(rect1), rectToBox(rect2)));
var getRectsOverlappingArea = (aX, aY, aWidth, aHeight, bX, bY, bWidth, bHeight) => {
	const xOverlap = Math.max(0, Math.min(aX + aWidth, bX + bWidth) - Math.max(aX, bX));
	const yOverlap = Math.max(0, Math.min(aY + aHeight, bY + bHeight) - Math.max(aY, bY));
	return Math.ceil(xOverlap * yOverlap);
};
var getOverlappingArea = (rectA, rectB) => getRectsOverlappingArea(rectA.x, rectA.y, rectA.width, rectA.height, rectB.x, rectB.y, rectB.width, rectB.height);
var isRectObject = (obj) => isNumeric(obj.width) && isNumeric(obj.height) && isNumeric(obj.x) && isNumeric(obj.y);
var isNumeric = (n) => !isNaN(n) && isFinite(n);
var createDevWarn = (lib, helpUrl) => (id, message) => {};
var snapPosition = (position, snapGrid = [1, 1]) => {
	return {
		x: snapGrid[0] * Math.round(position.x / snapGrid[0]),
		y: snapGrid[1] * Math.round(position.y / snapGrid[1])
	};
};
var pointToRendererPoint = ({ x, y }, [tx, ty, tScale], snapToGrid = false, snapGrid = [1, 1]) => {
	const position = {
		x: (x - tx) / tScale,
		y: (y - ty) / tScale
	};
	return snapToGrid ? snapPosition(position, snapGrid) : position;
};
var rendererPointToPoint = ({ x, y }, [tx, ty, tScale]) => {
	return {
		x: x * tScale + tx,
		y: y * tScale + ty
	};
};
/**
* Parses a single padding value to a number
* @internal
* @param padding - Padding to parse
* @param viewport - Width or height of the viewport
* @returns The padding in pixels
*/
function parsePadding(padding, viewport) {
	if (typeof padding === "number") return Math.floor((viewport - viewport / (1 + padding)) * .5);
	if (typeof padding === "string" && padding.endsWith("px")) {
		const paddingValue = parseFloat(padding);
		if (!Number.isNaN(paddingValue)) return Math.floor(paddingValue);
	}
	if (typeof padding === "string" && padding.endsWith("%")) {
		const paddingValue = parseFloat(padding);
		if (!Number.isNaN(paddingValue)) return Math.floor(viewport * paddingValue * .01);
	}
	console.error(`The padding value "${padding}" is invalid. Please provide a number or a string with a valid unit (px or %).`);
	return 0;
}
/**
* Parses the paddings to an object with top, right, bottom, left, x and y paddings
* @internal
* @param padding - Padding to parse
* @param width - Width of the viewport
* @param height - Height of the viewport
* @returns An object with the paddings in pixels
*/
function parsePaddings(padding, width, height) {
	if (typeof padding === "string" || typeof padding === "number") {
		const paddingY = parsePadding(padding, height);
		const paddingX = parsePadding(padding, width);
		return {
			top: paddingY,
			right: paddingX,
			bottom: paddingY,
			left: paddingX,
			x: paddingX * 2,
			y: paddingY * 2
		};
	}
	if (typeof padding === "object") {
		const top = parsePadding(padding.top ?? padding.y ?? 0, height);
		const bottom = parsePadding(padding.bottom ?? padding.y ?? 0, height);
		const left = parsePadding(padding.left ?? padding.x ?? 0, width);
		const right = parsePadding(padding.right ?? padding.x ?? 0, width);
		return {
			top,
			right,
			bottom,
			left,
			x: left + right,
			y: top + bottom
		};
	}
	return {
		top: 0,
		right: 0,
		bottom: 0,
		left: 0,
		x: 0,
		y: 0
	};
}
/**
* Calculates the resulting paddings if the new viewport is applied
* @internal
* @param bounds - Bounds to fit inside viewport
* @param x - X position of the viewport
* @param y - Y position of the viewport
* @param zoom - Zoom level of the viewport
* @param width - Width of the viewport
* @param height - Height of the viewport
* @returns An object with the minimum padding required to fit the bounds inside the viewport
*/
function calculateAppliedPaddings(bounds, x, y, zoom, width, height) {
	const { x: left, y: top } = rendererPointToPoint(bounds, [
		x,
		y,
		zoom
	]);
	const { x: boundRight, y: boundBottom } = rendererPointToPoint({
		x: bounds.x + bounds.width,
		y: bounds.y + bounds.height
	}, [
		x,
		y,
		zoom
	]);
	const right = width - boundRight;
	const bottom = height - boundBottom;
	return {
		left: Math.floor(left),
		top: Math.floor(top),
		right: Math.floor(right),
		bottom: Math.floor(bottom)
	};
}
/**
* Returns a viewport that encloses the given bounds with padding.
* @public
* @remarks You can determine bounds of nodes with {@link getNodesBounds} and {@link getBoundsOfRects}
* @param bounds - Bounds to fit inside viewport.
* @param width - Width of the viewport.
* @param height  - Height of the viewport.
* @param minZoom - Minimum zoom level of the resulting viewport.
* @param maxZoom - Maximum zoom level of the resulting viewport.
* @param padding - Padding around the bounds.
* @returns A transformed {@link Viewport} that encloses the given bounds which you can pass to e.g. {@link setViewport}.
* @example
* const { x, y, zoom } = getViewportForBounds(
* { x: 0, y: 0, width: 100, height: 100},
* 1200, 800, 0.5, 2);
*/
var getViewportForBounds = (bounds, width, height, minZoom, maxZoom, padding) => {
	const p = parsePaddings(padding, width, height);
	const xZoom = (width - p.x) / bounds.width;
	const yZoom = (height - p.y) / bounds.height;
	const clampedZoom = clamp(Math.min(xZoom, yZoom), minZoom, maxZoom);
	const boundsCenterX = bounds.x + bounds.width / 2;
	const boundsCenterY = bounds.y + bounds.height / 2;
	const x = width / 2 - boundsCenterX * clampedZoom;
	const y = height / 2 - boundsCenterY * clampedZoom;
	const newPadding = calculateAppliedPaddings(bounds, x, y, clampedZoom, width, height);
	const offset = {
		left: Math.min(newPadding.left - p.left, 0),
		top: Math.min(newPadding.top - p.top, 0),
		right: Math.min(newPadding.right - p.right, 0),
		bottom: Math.min(newPadding.bottom - p.bottom, 0)
	};
	return {
		x: x - offset.left + offset.right,
		y: y - offset.top + offset.bottom,
		zoom: clampedZoom
	};
};
var isMacOs = () => typeof navigator !== "undefined" && navigator?.userAgent?.indexOf("Mac") >= 0;
function isCoordinateExtent(extent) {
	return extent !== void 0 && extent !== null && extent !== "parent";
}
function getNodeDimensions(node) {
	return {
		width: node.measured?.width ?? node.width ?? node.initialWidth ?? 0,
		height: node.measured?.height ?? node.height ?? node.initialHeight ?? 0
	};
}
function nodeHasDimensions(node) {
	return (node.measured?.width ?? node.width ?? node.initialWidth) !== void 0 && (node.measured?.height ?? node.height ?? node.initialHeight) !== void 0;
}
/**
* Convert child position to absolute position
*
* @internal
* @param position
* @param parentId
* @param nodeLookup
* @param nodeOrigin
* @returns an internal node with an absolute position
*/
function evaluateAbsolutePosition(position, dimensions = {
	width: 0,
	height: 0
}, parentId, nodeLookup, nodeOrigin) {
	const positionAbsolute = { ...position };
	const parent = nodeLookup.get(parentId);
	if (parent) {
		const origin = parent.origin || nodeOrigin;
		positionAbsolute.x += parent.internals.positionAbsolute.x - (dimensions.width ?? 0) * origin[0];
		positionAbsolute.y += parent.internals.positionAbsolute.y - (dimensions.height ?? 0) * origin[1];
	}
	return positionAbsolute;
}
function areSetsEqual(a, b) {
	if (a.size !== b.size) return false;
	for (const item of a) if (!b.has(item)) return false;
	return true;
}
/**
* Polyfill for Promise.withResolvers until we can use it in all browsers
* @internal
*/
function withResolvers() {
	let resolve;
	let reject;
	return {
		promise: new Promise((res, rej) => {
			resolve = res;
			reject = rej;
		}),
		resolve,
		reject
	};
}
function mergeAriaLabelConfig(partial) {
	return {
		...defaultAriaLabelConfig,
		...partial || {}
	};
}
function getConnectionStatus(isValid) {
	return isValid === null ? null : isValid ? "valid" : "invalid";
}
function getPointerPosition(event, { snapGrid = [0, 0], snapToGrid = false, transform, containerBounds }) {
	const { x, y } = getEventPosition(event);
	const pointerPos = pointToRendererPoint({
		x: x - (containerBounds?.left ?? 0),
		y: y - (containerBounds?.top ?? 0)
	}, transform);
	const { x: xSnapped, y: ySnapped } = snapToGrid ? snapPosition(pointerPos, snapGrid) : pointerPos;
	return {
		xSnapped,
		ySnapped,
		...pointerPos
	};
}
var getDimensions = (node) => ({
	width: node.offsetWidth,
	height: node.offsetHeight
});
var getHostForElement = (element) => element?.getRootNode?.() || window?.document;
var inputTags = [
	"INPUT",
	"SELECT",
	"TEXTAREA"
];
function isInputDOMNode(event) {
	const target = event.composedPath?.()?.[0] || event.target;
	if (target?.nodeType !== 1) return false;
	return inputTags.includes(target.nodeName) || target.hasAttribute("contenteditable") || !!target.closest(".nokey");
}
var isMouseEvent = (event) => "clientX" in event;
var getEventPosition = (event, bounds) => {
	const isMouse = isMouseEvent(event);
	const evtX = isMouse ? event.clientX : event.touches?.[0].clientX;
	const evtY = isMouse ? event.clientY : event.touches?.[0].clientY;
	return {
		x: evtX - (bounds?.left ?? 0),
		y: evtY - (bounds?.top ?? 0)
	};
};
var getHandleBounds = (type, nodeElement, nodeBounds, zoom, nodeId) => {
	const handles = nodeElement.querySelectorAll(`.${type}`);
	if (!handles || !handles.length) return null;
	return Array.from(handles).map((handle) => {
		const handleBounds = handle.getBoundingClientRect();
		return {
			id: handle.getAttribute("data-handleid"),
			type,
			nodeId,
			position: handle.getAttribute("data-handlepos"),
			x: (handleBounds.left - nodeBounds.left) / zoom,
			y: (handleBounds.top - nodeBounds.top) / zoom,
			...getDimensions(handle)
		};
	});
};
function getBezierEdgeCenter({ sourceX, sourceY, targetX, targetY, sourceControlX, sourceControlY, targetControlX, targetControlY }) {
	const centerX = sourceX * .125 + sourceControlX * .375 + targetControlX * .375 + targetX * .125;
	const centerY = sourceY * .125 + sourceControlY * .375 + targetControlY * .375 + targetY * .125;
	return [
		centerX,
		centerY,
		Math.abs(centerX - sourceX),
		Math.abs(centerY - sourceY)
	];
}
function calculateControlOffset(distance, curvature) {
	if (distance >= 0) return .5 * distance;
	return curvature * 25 * Math.sqrt(-distance);
}
function getControlWithCurvature({ pos, x1, y1, x2, y2, c }) {
	switch (pos) {
		case Position.Left: return [x1 - calculateControlOffset(x1 - x2, c), y1];
		case Position.Right: return [x1 + calculateControlOffset(x2 - x1, c), y1];
		case Position.Top: return [x1, y1 - calculateControlOffset(y1 - y2, c)];
		case Position.Bottom: return [x1, y1 + calculateControlOffset(y2 - y1, c)];
	}
}
/**
* The `getBezierPath` util returns everything you need to render a bezier edge
*between two nodes.
* @public
* @returns A path string you can use in an SVG, the `labelX` and `labelY` position (center of path)
* and `offsetX`, `offsetY` between source handle and label.
* - `path`: the path to use in an SVG `<path>` element.
* - `labelX`: the `x` position you can use to render a label for this edge.
* - `labelY`: the `y` position you can use to render a label for this edge.
* - `offsetX`: the absolute difference between the source `x` position and the `x` position of the
* middle of this path.
* - `offsetY`: the absolute difference between the source `y` position and the `y` position of the
* middle of this path.
* @example
* ```js
*  const source = { x: 0, y: 20 };
*  const target = { x: 150, y: 100 };
*
*  const [path, labelX, labelY, offsetX, offsetY] = getBezierPath({
*    sourceX: source.x,
*    sourceY: source.y,
*    sourcePosition: Position.Right,
*    targetX: target.x,
*    targetY: target.y,
*    targetPosition: Position.Left,
*});
*```
*
* @remarks This function returns a tuple (aka a fixed-size array) to make it easier to
*work with multiple edge paths at once.
*/
function getBezierPath({ sourceX, sourceY, sourcePosition = Position.Bottom, targetX, targetY, targetPosition = Position.Top, curvature = .25 }) {
	const [sourceControlX, sourceControlY] = getControlWithCurvature({
		pos: sourcePosition,
		x1: sourceX,
		y1: sourceY,
		x2: targetX,
		y2: targetY,
		c: curvature
	});
	const [targetControlX, targetControlY] = getControlWithCurvature({
		pos: targetPosition,
		x1: targetX,
		y1: targetY,
		x2: sourceX,
		y2: sourceY,
		c: curvature
	});
	const [labelX, labelY, offsetX, offsetY] = getBezierEdgeCenter({
		sourceX,
		sourceY,
		targetX,
		targetY,
		sourceControlX,
		sourceControlY,
		targetControlX,
		targetControlY
	});
	return [
		`M${sourceX},${sourceY} C${sourceControlX},${sourceControlY} ${targetControlX},${targetControlY} ${targetX},${targetY}`,
		labelX,
		labelY,
		offsetX,
		offsetY
	];
}
function getEdgeCenter({ sourceX, sourceY, targetX, targetY }) {
	const xOffset = Math.abs(targetX - sourceX) / 2;
	const centerX = targetX < sourceX ? targetX + xOffset : targetX - xOffset;
	const yOffset = Math.abs(targetY - sourceY) / 2;
	return [
		centerX,
		targetY < sourceY ? targetY + yOffset : targetY - yOffset,
		xOffset,
		yOffset
	];
}
/**
* Returns the z-index for an edge based on the node it connects and whether it is selected.
* By default, edges are rendered below nodes. This behaviour is different for edges that are
* connected to nodes with a parent, as they are rendered above the parent node.
*/
function getElevatedEdgeZIndex({ sourceNode, targetNode, selected = false, zIndex = 0, elevateOnSelect = false, zIndexMode = "basic" }) {
	if (zIndexMode === "manual") return zIndex;
	return (elevateOnSelect && selected ? zIndex + 1e3 : zIndex) + Math.max(sourceNode.parentId || elevateOnSelect && sourceNode.selected ? sourceNode.internals.z : 0, targetNode.parentId || elevateOnSelect && targetNode.selected ? targetNode.internals.z : 0);
}
function isEdgeVisible({ sourceNode, targetNode, width, height, transform }) {
	const edgeBox = getBoundsOfBoxes(nodeToBox(sourceNode), nodeToBox(targetNode));
	if (edgeBox.x === edgeBox.x2) edgeBox.x2 += 1;
	if (edgeBox.y === edgeBox.y2) edgeBox.y2 += 1;
	return getOverlappingArea({
		x: -transform[0] / transform[2],
		y: -transform[1] / transform[2],
		width: width / transform[2],
		height: height / transform[2]
	}, boxToRect(edgeBox)) > 0;
}
/**
* The default edge ID generator function. Generates an ID based on the source, target, and handles.
* @public
* @param params - The connection or edge to generate an ID for.
* @returns The generated edge ID.
*/
var getEdgeId = ({ source, sourceHandle, target, targetHandle }) => `xy-edge__${source}${sourceHandle || ""}-${target}${targetHandle || ""}`;
var connectionExists = (edge, edges) => {
	return edges.some((el) => el.source === edge.source && el.target === edge.target && (el.sourceHandle === edge.sourceHandle || !el.sourceHandle && !edge.sourceHandle) && (el.targetHandle === edge.targetHandle || !el.targetHandle && !edge.targetHandle));
};
/**
* This util is a convenience function to add a new Edge to an array of edges. It also performs some validation to make sure you don't add an invalid edge or duplicate an existing one.
* @public
* @param edgeParams - Either an `Edge` or a `Connection` you want to add.
* @param edges - The array of all current edges.
* @param options - Optional configuration object.
* @returns A new array of edges with the new edge added.
*
* @remarks If an edge with the same `target` and `source` already exists (and the same
*`targetHandle` and `sourceHandle` if those are set), then this util won't add
*a new edge even if the `id` property is different.
*
*/
var addEdge$1 = (edgeParams, edges, options = {}) => {
	if (!edgeParams.source || !edgeParams.target) {
		options.onError?.("006", errorMessages["error006"]());
		return edges;
	}
	const edgeIdGenerator = options.getEdgeId || getEdgeId;
	let edge;
	if (isEdgeBase(edgeParams)) edge = { ...edgeParams };
	else edge = {
		...edgeParams,
		id: edgeIdGenerator(edgeParams)
	};
	if (connectionExists(edge, edges)) return edges;
	if (edge.sourceHandle === null) delete edge.sourceHandle;
	if (edge.targetHandle === null) delete edge.targetHandle;
	return edges.concat(edge);
};
/**
* Calculates the straight line path between two points.
* @public
* @returns A path string you can use in an SVG, the `labelX` and `labelY` position (center of path)
* and `offsetX`, `offsetY` between source handle and label.
*
* - `path`: the path to use in an SVG `<path>` element.
* - `labelX`: the `x` position you can use to render a label for this edge.
* - `labelY`: the `y` position you can use to render a label for this edge.
* - `offsetX`: the absolute difference between the source `x` position and the `x` position of the
* middle of this path.
* - `offsetY`: the absolute difference between the source `y` position and the `y` position of the
* middle of this path.
* @example
* ```js
*  const source = { x: 0, y: 20 };
*  const target = { x: 150, y: 100 };
*
*  const [path, labelX, labelY, offsetX, offsetY] = getStraightPath({
*    sourceX: source.x,
*    sourceY: source.y,
*    sourcePosition: Position.Right,
*    targetX: target.x,
*    targetY: target.y,
*    targetPosition: Position.Left,
*  });
* ```
* @remarks This function returns a tuple (aka a fixed-size array) to make it easier to work with multiple edge paths at once.
*/
function getStraightPath({ sourceX, sourceY, targetX, targetY }) {
	const [labelX, labelY, offsetX, offsetY] = getEdgeCenter({
		sourceX,
		sourceY,
		targetX,
		targetY
	});
	return [
		`M ${sourceX},${sourceY}L ${targetX},${targetY}`,
		labelX,
		labelY,
		offsetX,
		offsetY
	];
}
var handleDirections = {
	[Position.Left]: {
		x: -1,
		y: 0
	},
	[Position.Right]: {
		x: 1,
		y: 0
	},
	[Position.Top]: {
		x: 0,
		y: -1
	},
	[Position.Bottom]: {
		x: 0,
		y: 1
	}
};
var getDirection = ({ source, sourcePosition = Position.Bottom, target }) => {
	if (sourcePosition === Position.Left || sourcePosition === Position.Right) return source.x < target.x ? {
		x: 1,
		y: 0
	} : {
		x: -1,
		y: 0
	};
	return source.y < target.y ? {
		x: 0,
		y: 1
	} : {
		x: 0,
		y: -1
	};
};
var distance = (a, b) => Math.sqrt(Math.pow(b.x - a.x, 2) + Math.pow(b.y - a.y, 2));
var isBetween = (a, b, c) => a.x === b.x && b.x === c.x && (b.y - a.y) * (c.y - b.y) >= 0 || a.y === b.y && b.y === c.y && (b.x - a.x) * (c.x - b.x) >= 0;
function getPoints({ source, sourcePosition = Position.Bottom, target, targetPosition = Position.Top, center, offset, stepPosition }) {
	const sourceDir = handleDirections[sourcePosition];
	const targetDir = handleDirections[targetPosition];
	const sourceGapped = {
		x: source.x + sourceDir.x * offset,
		y: source.y + sourceDir.y * offset
	};
	const targetGapped = {
		x: target.x + targetDir.x * offset,
		y: target.y + targetDir.y * offset
	};
	const dir = getDirection({
		source: sourceGapped,
		sourcePosition,
		target: targetGapped
	});
	const dirAccessor = dir.x !== 0 ? "x" : "y";
	const currDir = dir[dirAccessor];
	let points = [];
	let centerX, centerY;
	const sourceGapOffset = {
		x: 0,
		y: 0
	};
	const targetGapOffset = {
		x: 0,
		y: 0
	};
	const [, , defaultOffsetX, defaultOffsetY] = getEdgeCenter({
		sourceX: source.x,
		sourceY: source.y,
		targetX: target.x,
		targetY: target.y
	});
	if (sourceDir[dirAccessor] * targetDir[dirAccessor] === -1) {
		if (dirAccessor === "x") {
			centerX = center.x ?? sourceGapped.x + (targetGapped.x - sourceGapped.x) * stepPosition;
			centerY = center.y ?? (sourceGapped.y + targetGapped.y) / 2;
		} else {
			centerX = center.x ?? (sourceGapped.x + targetGapped.x) / 2;
			centerY = center.y ?? sourceGapped.y + (targetGapped.y - sourceGapped.y) * stepPosition;
		}
		const verticalSplit = [{
			x: centerX,
			y: sourceGapped.y
		}, {
			x: centerX,
			y: targetGapped.y
		}];
		const horizontalSplit = [{
			x: sourceGapped.x,
			y: centerY
		}, {
			x: targetGapped.x,
			y: centerY
		}];
		if (sourceDir[dirAccessor] === currDir) points = dirAccessor === "x" ? verticalSplit : horizontalSplit;
		else points = dirAccessor === "x" ? horizontalSplit : verticalSplit;
	} else {
		const sourceTarget = [{
			x: sourceGapped.x,
			y: targetGapped.y
		}];
		const targetSource = [{
			x: targetGapped.x,
			y: sourceGapped.y
		}];
		if (dirAccessor === "x") points = sourceDir.x === currDir ? targetSource : sourceTarget;
		else points = sourceDir.y === currDir ? sourceTarget : targetSource;
		if (sourcePosition === targetPosition) {
			const diff = Math.abs(source[dirAccessor] - target[dirAccessor]);
			if (diff <= offset) {
				const gapOffset = Math.min(offset - 1, offset - diff);
				if (sourceDir[dirAccessor] === currDir) sourceGapOffset[dirAccessor] = (sourceGapped[dirAccessor] > source[dirAccessor] ? -1 : 1) * gapOffset;
				else targetGapOffset[dirAccessor] = (targetGapped[dirAccessor] > target[dirAccessor] ? -1 : 1) * gapOffset;
			}
		}
		if (sourcePosition !== targetPosition) {
			const dirAccessorOpposite = dirAccessor === "x" ? "y" : "x";
			const isSameDir = sourceDir[dirAccessor] === targetDir[dirAccessorOpposite];
			const sourceGtTargetOppo = sourceGapped[dirAccessorOpposite] > targetGapped[dirAccessorOpposite];
			const sourceLtTargetOppo = sourceGapped[dirAccessorOpposite] < targetGapped[dirAccessorOpposite];
			if (sourceDir[dirAccessor] === 1 && (!isSameDir && sourceGtTargetOppo || isSameDir && sourceLtTargetOppo) || sourceDir[dirAccessor] !== 1 && (!isSameDir && sourceLtTargetOppo || isSameDir && sourceGtTargetOppo)) points = dirAccessor === "x" ? sourceTarget : targetSource;
		}
		const sourceGapPoint = {
			x: sourceGapped.x + sourceGapOffset.x,
			y: sourceGapped.y + sourceGapOffset.y
		};
		const targetGapPoint = {
			x: targetGapped.x + targetGapOffset.x,
			y: targetGapped.y + targetGapOffset.y
		};
		if (Math.max(Math.abs(sourceGapPoint.x - points[0].x), Math.abs(targetGapPoint.x - points[0].x)) >= Math.max(Math.abs(sourceGapPoint.y - points[0].y), Math.abs(targetGapPoint.y - points[0].y))) {
			centerX = (sourceGapPoint.x + targetGapPoint.x) / 2;
			centerY = points[0].y;
		} else {
			centerX = points[0].x;
			centerY = (sourceGapPoint.y + targetGapPoint.y) / 2;
		}
	}
	const gappedSource = {
		x: sourceGapped.x + sourceGapOffset.x,
		y: sourceGapped.y + sourceGapOffset.y
	};
	const gappedTarget = {
		x: targetGapped.x + targetGapOffset.x,
		y: targetGapped.y + targetGapOffset.y
	};
	const pathPoints = [];
	for (const point of [
		source,
		gappedSource,
		...points,
		gappedTarget,
		target
	]) {
		const [a, b] = pathPoints.slice(-2);
		if (b && isBetween(a, b, point)) pathPoints.pop();
		pathPoints.push(point);
	}
	return [
		pathPoints,
		centerX,
		centerY,
		defaultOffsetX,
		defaultOffsetY
	];
}
function getBend(a, b, c, size) {
	const bendSize = Math.min(distance(a, b) / 2, distance(b, c) / 2, size);
	const { x, y } = b;
	if (a.x === x && x === c.x || a.y === y && y === c.y) return `L${x} ${y}`;
	if (a.y === y) {
		const xDir = a.x < c.x ? -1 : 1;
		const yDir = a.y < c.y ? 1 : -1;
		return `L ${x + bendSize * xDir},${y}Q ${x},${y} ${x},${y + bendSize * yDir}`;
	}
	const xDir = a.x < c.x ? 1 : -1;
	return `L ${x},${y + bendSize * (a.y < c.y ? -1 : 1)}Q ${x},${y} ${x + bendSize * xDir},${y}`;
}
/**
* The `getSmoothStepPath` util returns everything you need to render a stepped path
* between two nodes. The `borderRadius` property can be used to choose how rounded
* the corners of those steps are.
* @public
* @returns A path string you can use in an SVG, the `labelX` and `labelY` position (center of path)
* and `offsetX`, `offsetY` between source handle and label.
*
* - `path`: the path to use in an SVG `<path>` element.
* - `labelX`: the `x` position you can use to render a label for this edge.
* - `labelY`: the `y` position you can use to render a label for this edge.
* - `offsetX`: the absolute difference between the source `x` position and the `x` position of the
* middle of this path.
* - `offsetY`: the absolute difference between the source `y` position and the `y` position of the
* middle of this path.
* @example
* ```js
*  const source = { x: 0, y: 20 };
*  const target = { x: 150, y: 100 };
*
*  const [path, labelX, labelY, offsetX, offsetY] = getSmoothStepPath({
*    sourceX: source.x,
*    sourceY: source.y,
*    sourcePosition: Position.Right,
*    targetX: target.x,
*    targetY: target.y,
*    targetPosition: Position.Left,
*  });
* ```
* @remarks This function returns a tuple (aka a fixed-size array) to make it easier to work with multiple edge paths at once.
*/
function getSmoothStepPath({ sourceX, sourceY, sourcePosition = Position.Bottom, targetX, targetY, targetPosition = Position.Top, borderRadius = 5, centerX, centerY, offset = 20, stepPosition = .5 }) {
	const [points, labelX, labelY, offsetX, offsetY] = getPoints({
		source: {
			x: sourceX,
			y: sourceY
		},
		sourcePosition,
		target: {
			x: targetX,
			y: targetY
		},
		targetPosition,
		center: {
			x: centerX,
			y: centerY
		},
		offset,
		stepPosition
	});
	let path = `M${points[0].x} ${points[0].y}`;
	for (let i = 1; i < points.length - 1; i++) path += getBend(points[i - 1], points[i], points[i + 1], borderRadius);
	path += `L${points[points.length - 1].x} ${points[points.length - 1].y}`;
	return [
		path,
		labelX,
		labelY,
		offsetX,
		offsetY
	];
}
function isNodeInitialized(node) {
	return node && !!(node.internals.handleBounds || node.handles?.length) && !!(node.measured.width || node.width || node.initialWidth);
}
function getEdgePosition(params) {
	const { sourceNode, targetNode } = params;
	if (!isNodeInitialized(sourceNode) || !isNodeInitialized(targetNode)) return null;
	const sourceHandleBounds = sourceNode.internals.handleBounds || toHandleBounds(sourceNode.handles);
	const targetHandleBounds = targetNode.internals.handleBounds || toHandleBounds(targetNode.handles);
	const sourceHandle = getHandle$1(sourceHandleBounds?.source ?? [], params.sourceHandle);
	const targetHandle = getHandle$1(params.connectionMode === ConnectionMode.Strict ? targetHandleBounds?.target ?? [] : (targetHandleBounds?.target ?? []).concat(targetHandleBounds?.source ?? []), params.targetHandle);
	if (!sourceHandle || !targetHandle) {
		params.onError?.("008", errorMessages["error008"](!sourceHandle ? "source" : "target", {
			id: params.id,
			sourceHandle: params.sourceHandle,
			targetHandle: params.targetHandle
		}));
		return null;
	}
	const sourcePosition = sourceHandle?.position || Position.Bottom;
	const targetPosition = targetHandle?.position || Position.Top;
	const source = getHandlePosition(sourceNode, sourceHandle, sourcePosition);
	const target = getHandlePosition(targetNode, targetHandle, targetPosition);
	return {
		sourceX: source.x,
		sourceY: source.y,
		targetX: target.x,
		targetY: target.y,
		sourcePosition,
		targetPosition
	};
}
function toHandleBounds(handles) {
	if (!handles) return null;
	const source = [];
	const target = [];
	for (const handle of handles) {
		handle.width = handle.width ?? 1;
		handle.height = handle.height ?? 1;
		if (handle.type === "source") source.push(handle);
		else if (handle.type === "target") target.push(handle);
	}
	return {
		source,
		target
	};
}
function getHandlePosition(node, handle, fallbackPosition = Position.Left, center = false) {
	const x = (handle?.x ?? 0) + node.internals.positionAbsolute.x;
	const y = (handle?.y ?? 0) + node.internals.positionAbsolute.y;
	const { width, height } = handle ?? getNodeDimensions(node);
	if (center) return {
		x: x + width / 2,
		y: y + height / 2
	};
	switch (handle?.position ?? fallbackPosition) {
		case Position.Top: return {
			x: x + width / 2,
			y
		};
		case Position.Right: return {
			x: x + width,
			y: y + height / 2
		};
		case Position.Bottom: return {
			x: x + width / 2,
			y: y + height
		};
		case Position.Left: return {
			x,
			y: y + height / 2
		};
	}
}
function getHandle$1(bounds, handleId) {
	if (!bounds) return null;
	return (!handleId ? bounds[0] : bounds.find((d) => d.id === handleId)) || null;
}
function getMarkerId(marker, id) {
	if (!marker) return "";
	if (typeof marker === "string") return marker;
	return `${id ? `${id}__` : ""}${Object.keys(marker).sort().map((key) => `${key}=${marker[key]}`).join("&")}`;
}
function createMarkerIds(edges, { id, defaultColor, defaultMarkerStart, defaultMarkerEnd }) {
	const ids = /* @__PURE__ */ new Set();
	return edges.reduce((markers, edge) => {
		[edge.markerStart || defaultMarkerStart, edge.markerEnd || defaultMarkerEnd].forEach((marker) => {
			if (marker && typeof marker === "object") {
				const markerId = getMarkerId(marker, id);
				if (!ids.has(markerId)) {
					markers.push({
						id: markerId,
						color: marker.color || defaultColor,
						...marker
					});
					ids.add(markerId);
				}
			}
		});
		return markers;
	}, []).sort((a, b) => a.id.localeCompare(b.id));
}
var SELECTED_NODE_Z = 1e3;
var ROOT_PARENT_Z_INCREMENT = 10;
var defaultOptions = {
	nodeOrigin: [0, 0],
	nodeExtent: infiniteExtent,
	elevateNodesOnSelect: true,
	zIndexMode: "basic",
	defaults: {}
};
var adoptUserNodesDefaultOptions = {
	...defaultOptions,
	checkEquality: true
};
function mergeObjects(base, incoming) {
	const result = { ...base };
	for (const key in incoming) if (incoming[key] !== void 0) result[key] = incoming[key];
	return result;
}
function updateAbsolutePositions(nodeLookup, parentLookup, options) {
	const _options = mergeObjects(defaultOptions, options);
	for (const node of nodeLookup.values()) if (node.parentId) updateChildNode(node, nodeLookup, parentLookup, _options);
	else {
		const clampedPosition = clampPosition(getNodePositionWithOrigin(node, _options.nodeOrigin), isCoordinateExtent(node.extent) ? node.extent : _options.nodeExtent, getNodeDimensions(node));
		node.internals.positionAbsolute = clampedPosition;
	}
}
function parseHandles(userNode, internalNode) {
	if (!userNode.handles) return !userNode.measured ? void 0 : internalNode?.internals.handleBounds;
	const source = [];
	const target = [];
	for (const handle of userNode.handles) {
		const handleBounds = {
			id: handle.id,
			width: handle.width ?? 1,
			height: handle.height ?? 1,
			nodeId: userNode.id,
			x: handle.x,
			y: handle.y,
			position: handle.position,
			type: handle.type
		};
		if (handle.type === "source") source.push(handleBounds);
		else if (handle.type === "target") target.push(handleBounds);
	}
	return {
		source,
		target
	};
}
function isManualZIndexMode(zIndexMode) {
	return zIndexMode === "manual";
}
function adoptUserNodes(nodes, nodeLookup, parentLookup, options = {}) {
	const _options = mergeObjects(adoptUserNodesDefaultOptions, options);
	const rootParentIndex = { i: 0 };
	const tmpLookup = new Map(nodeLookup);
	const selectedNodeZ = _options?.elevateNodesOnSelect && !isManualZIndexMode(_options.zIndexMode) ? SELECTED_NODE_Z : 0;
	let nodesInitialized = nodes.length > 0;
	let hasSelectedNodes = false;
	nodeLookup.clear();
	parentLookup.clear();
	for (const userNode of nodes) {
		let internalNode = tmpLookup.get(userNode.id);
		if (_options.checkEquality && userNode === internalNode?.internals.userNode) nodeLookup.set(userNode.id, internalNode);
		else {
			const clampedPosition = clampPosition(getNodePositionWithOrigin(userNode, _options.nodeOrigin), isCoordinateExtent(userNode.extent) ? userNode.extent : _options.nodeExtent, getNodeDimensions(userNode));
			internalNode = {
				..._options.defaults,
				...userNode,
				measured: {
					width: userNode.measured?.width,
					height: userNode.measured?.height
				},
				internals: {
					positionAbsolute: clampedPosition,
					handleBounds: parseHandles(userNode, internalNode),
					z: calculateZ(userNode, selectedNodeZ, _options.zIndexMode),
					userNode
				}
			};
			nodeLookup.set(userNode.id, internalNode);
		}
		if ((internalNode.measured === void 0 || internalNode.measured.width === void 0 || internalNode.measured.height === void 0) && !internalNode.hidden) nodesInitialized = false;
		if (userNode.parentId) updateChildNode(internalNode, nodeLookup, parentLookup, options, rootParentIndex);
		hasSelectedNodes ||= userNode.selected ?? false;
	}
	return {
		nodesInitialized,
		hasSelectedNodes
	};
}
function updateParentLookup(node, parentLookup) {
	if (!node.parentId) return;
	const childNodes = parentLookup.get(node.parentId);
	if (childNodes) childNodes.set(node.id, node);
	else parentLookup.set(node.parentId, /* @__PURE__ */ new Map([[node.id, node]]));
}
/**
* Updates positionAbsolute and zIndex of a child node and the parentLookup.
*/
function updateChildNode(node, nodeLookup, parentLookup, options, rootParentIndex) {
	const { elevateNodesOnSelect, nodeOrigin, nodeExtent, zIndexMode } = mergeObjects(defaultOptions, options);
	const parentId = node.parentId;
	const parentNode = nodeLookup.get(parentId);
	if (!parentNode) {
		console.warn(`Parent node ${parentId} not found. Please make sure that parent nodes are in front of their child nodes in the nodes array.`);
		return;
	}
	updateParentLookup(node, parentLookup);
	if (rootParentIndex && !parentNode.parentId && parentNode.internals.rootParentIndex === void 0 && zIndexMode === "auto") {
		parentNode.internals.rootParentIndex = ++rootParentIndex.i;
		parentNode.internals.z = parentNode.internals.z + rootParentIndex.i * ROOT_PARENT_Z_INCREMENT;
	}
	if (rootParentIndex && parentNode.internals.rootParentIndex !== void 0) rootParentIndex.i = parentNode.internals.rootParentIndex;
	const { x, y, z } = calculateChildXYZ(node, parentNode, nodeOrigin, nodeExtent, elevateNodesOnSelect && !isManualZIndexMode(zIndexMode) ? SELECTED_NODE_Z : 0, zIndexMode);
	const { positionAbsolute } = node.internals;
	const positionChanged = x !== positionAbsolute.x || y !== positionAbsolute.y;
	if (positionChanged || z !== node.internals.z) nodeLookup.set(node.id, {
		...node,
		internals: {
			...node.internals,
			positionAbsolute: positionChanged ? {
				x,
				y
			} : positionAbsolute,
			z
		}
	});
}
function calculateZ(node, selectedNodeZ, zIndexMode) {
	const zIndex = isNumeric(node.zIndex) ? node.zIndex : 0;
	if (isManualZIndexMode(zIndexMode)) return zIndex;
	return zIndex + (node.selected ? selectedNodeZ : 0);
}
function calculateChildXYZ(childNode, parentNode, nodeOrigin, nodeExtent, selectedNodeZ, zIndexMode) {
	const { x: parentX, y: parentY } = parentNode.internals.positionAbsolute;
	const childDimensions = getNodeDimensions(childNode);
	const positionWithOrigin = getNodePositionWithOrigin(childNode, nodeOrigin);
	const clampedPosition = isCoordinateExtent(childNode.extent) ? clampPosition(positionWithOrigin, childNode.extent, childDimensions) : positionWithOrigin;
	let absolutePosition = clampPosition({
		x: parentX + clampedPosition.x,
		y: parentY + clampedPosition.y
	}, nodeExtent, childDimensions);
	if (childNode.extent === "parent") absolutePosition = clampPositionToParent(absolutePosition, childDimensions, parentNode);
	const childZ = calculateZ(childNode, selectedNodeZ, zIndexMode);
	const parentZ = parentNode.internals.z ?? 0;
	return {
		x: absolutePosition.x,
		y: absolutePosition.y,
		z: parentZ >= childZ ? parentZ + 1 : childZ
	};
}
function handleExpandParent(children, nodeLookup, parentLookup, nodeOrigin = [0, 0]) {
	const changes = [];
	const parentExpansions = /* @__PURE__ */ new Map();
	for (const child of children) {
		const parent = nodeLookup.get(child.parentId);
		if (!parent) continue;
		const expandedRect = getBoundsOfRects(parentExpansions.get(child.parentId)?.expandedRect ?? nodeToRect(parent), child.rect);
		parentExpansions.set(child.parentId, {
			expandedRect,
			parent
		});
	}
	if (parentExpansions.size > 0) parentExpansions.forEach(({ expandedRect, parent }, parentId) => {
		const positionAbsolute = parent.internals.positionAbsolute;
		const dimensions = getNodeDimensions(parent);
		const origin = parent.origin ?? nodeOrigin;
		const xChange = expandedRect.x < positionAbsolute.x ? Math.round(Math.abs(positionAbsolute.x - expandedRect.x)) : 0;
		const yChange = expandedRect.y < positionAbsolute.y ? Math.round(Math.abs(positionAbsolute.y - expandedRect.y)) : 0;
		const newWidth = Math.max(dimensions.width, Math.round(expandedRect.width));
		const newHeight = Math.max(dimensions.height, Math.round(expandedRect.height));
		const widthChange = (newWidth - dimensions.width) * origin[0];
		const heightChange = (newHeight - dimensions.height) * origin[1];
		if (xChange > 0 || yChange > 0 || widthChange || heightChange) {
			changes.push({
				id: parentId,
				type: "position",
				position: {
					x: parent.position.x - xChange + widthChange,
					y: parent.position.y - yChange + heightChange
				}
			});
			parentLookup.get(parentId)?.forEach((childNode) => {
				if (!children.some((child) => child.id === childNode.id)) changes.push({
					id: childNode.id,
					type: "position",
					position: {
						x: childNode.position.x + xChange,
						y: childNode.position.y + yChange
					}
				});
			});
		}
		if (dimensions.width < expandedRect.width || dimensions.height < expandedRect.height || xChange || yChange) changes.push({
			id: parentId,
			type: "dimensions",
			setAttributes: true,
			dimensions: {
				width: newWidth + (xChange ? origin[0] * xChange - widthChange : 0),
				height: newHeight + (yChange ? origin[1] * yChange - heightChange : 0)
			}
		});
	});
	return changes;
}
function updateNodeInternals(updates, nodeLookup, parentLookup, domNode, nodeOrigin, nodeExtent, zIndexMode) {
	const viewportNode = domNode?.querySelector(".xyflow__viewport");
	let updatedInternals = false;
	if (!viewportNode) return {
		changes: [],
		updatedInternals
	};
	const changes = [];
	const style = window.getComputedStyle(viewportNode);
	const { m22: zoom } = new window.DOMMatrixReadOnly(style.transform);
	const parentExpandChildren = [];
	for (const update of updates.values()) {
		const node = nodeLookup.get(update.id);
		if (!node) continue;
		if (node.hidden) {
			nodeLookup.set(node.id, {
				...node,
				internals: {
					...node.internals,
					handleBounds: void 0
				}
			});
			updatedInternals = true;
			continue;
		}
		const dimensions = getDimensions(update.nodeElement);
		const dimensionChanged = node.measured.width !== dimensions.width || node.measured.height !== dimensions.height;
		if (!!(dimensions.width && dimensions.height && (dimensionChanged || !node.internals.handleBounds || update.force))) {
			const nodeBounds = update.nodeElement.getBoundingClientRect();
			const extent = isCoordinateExtent(node.extent) ? node.extent : nodeExtent;
			let { positionAbsolute } = node.internals;
			if (node.parentId && node.extent === "parent") {
				const parentNode = nodeLookup.get(node.parentId);
				if (parentNode) positionAbsolute = clampPositionToParent(positionAbsolute, dimensions, parentNode);
			} else if (extent) positionAbsolute = clampPosition(positionAbsolute, extent, dimensions);
			const newNode = {
				...node,
				measured: dimensions,
				internals: {
					...node.internals,
					positionAbsolute,
					handleBounds: {
						source: getHandleBounds("source", update.nodeElement, nodeBounds, zoom, node.id),
						target: getHandleBounds("target", update.nodeElement, nodeBounds, zoom, node.id)
					}
				}
			};
			nodeLookup.set(node.id, newNode);
			if (node.parentId) updateChildNode(newNode, nodeLookup, parentLookup, {
				nodeOrigin,
				zIndexMode
			});
			updatedInternals = true;
			if (dimensionChanged) {
				changes.push({
					id: node.id,
					type: "dimensions",
					dimensions
				});
				if (node.expandParent && node.parentId) parentExpandChildren.push({
					id: node.id,
					parentId: node.parentId,
					rect: nodeToRect(newNode, nodeOrigin)
				});
			}
		}
	}
	if (parentExpandChildren.length > 0) {
		const parentExpandChanges = handleExpandParent(parentExpandChildren, nodeLookup, parentLookup, nodeOrigin);
		changes.push(...parentExpandChanges);
	}
	return {
		changes,
		updatedInternals
	};
}
async function panBy({ delta, panZoom, transform, translateExtent, width, height }) {
	if (!panZoom || !delta.x && !delta.y) return false;
	const nextViewport = await panZoom.setViewportConstrained({
		x: transform[0] + delta.x,
		y: transform[1] + delta.y,
		zoom: transform[2]
	}, [[0, 0], [width, height]], translateExtent);
	return !!nextViewport && (nextViewport.x !== transform[0] || nextViewport.y !== transform[1] || nextViewport.k !== transform[2]);
}
/**
* this function adds the connection to the connectionLookup
* at the following keys: nodeId-type-handleId, nodeId-type and nodeId
* @param type type of the connection
* @param connection connection that should be added to the lookup
* @param connectionKey at which key the connection should be added
* @param connectionLookup reference to the connection lookup
* @param nodeId nodeId of the connection
* @param handleId handleId of the connection
*/
function addConnectionToLookup(type, connection, connectionKey, connectionLookup, nodeId, handleId) {
	let key = nodeId;
	const nodeMap = connectionLookup.get(key) || /* @__PURE__ */ new Map();
	connectionLookup.set(key, nodeMap.set(connectionKey, connection));
	key = `${nodeId}-${type}`;
	const typeMap = connectionLookup.get(key) || /* @__PURE__ */ new Map();
	connectionLookup.set(key, typeMap.set(connectionKey, connection));
	if (handleId) {
		key = `${nodeId}-${type}-${handleId}`;
		const handleMap = connectionLookup.get(key) || /* @__PURE__ */ new Map();
		connectionLookup.set(key, handleMap.set(connectionKey, connection));
	}
}
function updateConnectionLookup(connectionLookup, edgeLookup, edges) {
	connectionLookup.clear();
	edgeLookup.clear();
	for (const edge of edges) {
		const { source: sourceNode, target: targetNode, sourceHandle = null, targetHandle = null } = edge;
		const connection = {
			edgeId: edge.id,
			source: sourceNode,
			target: targetNode,
			sourceHandle,
			targetHandle
		};
		const sourceKey = `${sourceNode}-${sourceHandle}--${targetNode}-${targetHandle}`;
		addConnectionToLookup("source", connection, `${targetNode}-${targetHandle}--${sourceNode}-${sourceHandle}`, connectionLookup, sourceNode, sourceHandle);
		addConnectionToLookup("target", connection, sourceKey, connectionLookup, targetNode, targetHandle);
		edgeLookup.set(edge.id, edge);
	}
}
function isParentSelected(node, nodeLookup) {
	if (!node.parentId) return false;
	const parentNode = nodeLookup.get(node.parentId);
	if (!parentNode) return false;
	if (parentNode.selected) return true;
	return isParentSelected(parentNode, nodeLookup);
}
function hasSelector(target, selector, domNode) {
	let current = target;
	do {
		if (current?.matches?.(selector)) return true;
		if (current === domNode) return false;
		current = current?.parentElement;
	} while (current);
	return false;
}
function getDragItems(nodeLookup, nodesDraggable, mousePos, nodeId, onlyDragNode) {
	const dragItems = /* @__PURE__ */ new Map();
	for (const [id, node] of nodeLookup) if ((onlyDragNode ? node.id === nodeId : node.selected || node.id === nodeId) && (onlyDragNode || !node.parentId || !isParentSelected(node, nodeLookup)) && (node.draggable || nodesDraggable && typeof node.draggable === "undefined")) {
		const internalNode = nodeLookup.get(id);
		if (internalNode) dragItems.set(id, {
			id,
			position: internalNode.position || {
				x: 0,
				y: 0
			},
			distance: {
				x: mousePos.x - internalNode.internals.positionAbsolute.x,
				y: mousePos.y - internalNode.internals.positionAbsolute.y
			},
			extent: internalNode.extent,
			parentId: internalNode.parentId,
			origin: internalNode.origin,
			expandParent: internalNode.expandParent,
			internals: { positionAbsolute: internalNode.internals.positionAbsolute || {
				x: 0,
				y: 0
			} },
			measured: {
				width: internalNode.measured.width ?? 0,
				height: internalNode.measured.height ?? 0
			}
		});
	}
	return dragItems;
}
function getEventHandlerParams({ nodeId, dragItems, nodeLookup, dragging = true }) {
	const nodesFromDragItems = [];
	for (const [id, dragItem] of dragItems) {
		const node = nodeLookup.get(id)?.internals.userNode;
		if (node) nodesFromDragItems.push({
			...node,
			position: dragItem.position,
			dragging
		});
	}
	if (!nodeId) return [nodesFromDragItems[0], nodesFromDragItems];
	const node = nodeLookup.get(nodeId)?.internals.userNode;
	return [!node ? nodesFromDragItems[0] : {
		...node,
		position: dragItems.get(nodeId)?.position || node.position,
		dragging
	}, nodesFromDragItems];
}
/**
* If a selection is being dragged we want to apply the same snap offset to all nodes in the selection.
* This function calculates the snap offset based on the first node in the selection.
*/
function calculateSnapOffset({ dragItems, snapGrid, x, y }) {
	const refDragItem = dragItems.values().next().value;
	if (!refDragItem) return null;
	const refPos = {
		x: x - refDragItem.distance.x,
		y: y - refDragItem.distance.y
	};
	const refPosSnapped = snapPosition(refPos, snapGrid);
	return {
		x: refPosSnapped.x - refPos.x,
		y: refPosSnapped.y - refPos.y
	};
}
function XYDrag({ onNodeMouseDown, getStoreItems, onDragStart, onDrag, onDragStop }) {
	let lastPos = {
		x: null,
		y: null
	};
	let autoPanId = 0;
	let dragItems = /* @__PURE__ */ new Map();
	let autoPanStarted = false;
	let mousePosition = {
		x: 0,
		y: 0
	};
	let containerBounds = null;
	let dragStarted = false;
	let d3Selection = null;
	let abortDrag = false;
	let nodePositionsChanged = false;
	let dragEvent = null;
	function update({ noDragClassName, handleSelector, domNode, isSelectable, nodeId, nodeClickDistance = 0 }) {
		d3Selection = select(domNode);
		function updateNodes({ x, y }) {
			const { nodeLookup, nodeExtent, snapGrid, snapToGrid, nodeOrigin, onNodeDrag, onSelectionDrag, onError, updateNodePositions } = getStoreItems();
			lastPos = {
				x,
				y
			};
			let hasChange = false;
			const isMultiDrag = dragItems.size > 1;
			const nodesBox = isMultiDrag && nodeExtent ? rectToBox(getInternalNodesBounds(dragItems)) : null;
			const multiDragSnapOffset = isMultiDrag && snapToGrid ? calculateSnapOffset({
				dragItems,
				snapGrid,
				x,
				y
			}) : null;
			for (const [id, dragItem] of dragItems) {
				if (!nodeLookup.has(id)) continue;
				let nextPosition = {
					x: x - dragItem.distance.x,
					y: y - dragItem.distance.y
				};
				if (snapToGrid) nextPosition = multiDragSnapOffset ? {
					x: Math.round(nextPosition.x + multiDragSnapOffset.x),
					y: Math.round(nextPosition.y + multiDragSnapOffset.y)
				} : snapPosition(nextPosition, snapGrid);
				let adjustedNodeExtent = null;
				if (isMultiDrag && nodeExtent && !dragItem.extent && nodesBox) {
					const { positionAbsolute } = dragItem.internals;
					const x1 = positionAbsolute.x - nodesBox.x + nodeExtent[0][0];
					const x2 = positionAbsolute.x + dragItem.measured.width - nodesBox.x2 + nodeExtent[1][0];
					const y1 = positionAbsolute.y - nodesBox.y + nodeExtent[0][1];
					const y2 = positionAbsolute.y + dragItem.measured.height - nodesBox.y2 + nodeExtent[1][1];
					adjustedNodeExtent = [[x1, y1], [x2, y2]];
				}
				const { position, positionAbsolute } = calculateNodePosition({
					nodeId: id,
					nextPosition,
					nodeLookup,
					nodeExtent: adjustedNodeExtent ? adjustedNodeExtent : nodeExtent,
					nodeOrigin,
					onError
				});
				hasChange = hasChange || dragItem.position.x !== position.x || dragItem.position.y !== position.y;
				dragItem.position = position;
				dragItem.internals.positionAbsolute = positionAbsolute;
			}
			nodePositionsChanged = nodePositionsChanged || hasChange;
			if (!hasChange) return;
			updateNodePositions(dragItems, true);
			if (dragEvent && (onDrag || onNodeDrag || !nodeId && onSelectionDrag)) {
				const [currentNode, currentNodes] = getEventHandlerParams({
					nodeId,
					dragItems,
					nodeLookup
				});
				onDrag?.(dragEvent, dragItems, currentNode, currentNodes);
				onNodeDrag?.(dragEvent, currentNode, currentNodes);
				if (!nodeId) onSelectionDrag?.(dragEvent, currentNodes);
			}
		}
		async function autoPan() {
			if (!containerBounds) return;
			const { transform, panBy, autoPanSpeed, autoPanOnNodeDrag } = getStoreItems();
			if (!autoPanOnNodeDrag) {
				autoPanStarted = false;
				cancelAnimationFrame(autoPanId);
				return;
			}
			const [xMovement, yMovement] = calcAutoPan(mousePosition, containerBounds, autoPanSpeed);
			if (xMovement !== 0 || yMovement !== 0) {
				lastPos.x = (lastPos.x ?? 0) - xMovement / transform[2];
				lastPos.y = (lastPos.y ?? 0) - yMovement / transform[2];
				if (await panBy({
					x: xMovement,
					y: yMovement
				})) updateNodes(lastPos);
			}
			autoPanId = requestAnimationFrame(autoPan);
		}
		function startDrag(event) {
			const { nodeLookup, multiSelectionActive, nodesDraggable, transform, snapGrid, snapToGrid, selectNodesOnDrag, onNodeDragStart, onSelectionDragStart, unselectNodesAndEdges } = getStoreItems();
			dragStarted = true;
			const isUnselectedNodeDrag = !!nodeId && !multiSelectionActive && !nodeLookup.get(nodeId)?.selected;
			if ((!selectNodesOnDrag || !isSelectable) && !multiSelectionActive && nodeId) {
				if (!nodeLookup.get(nodeId)?.selected) unselectNodesAndEdges();
			}
			if (isSelectable && selectNodesOnDrag && nodeId) onNodeMouseDown?.(nodeId);
			const pointerPos = getPointerPosition(event.sourceEvent, {
				transform,
				snapGrid,
				snapToGrid,
				containerBounds
			});
			lastPos = pointerPos;
			dragItems = getDragItems(nodeLookup, nodesDraggable, pointerPos, nodeId, isUnselectedNodeDrag);
			if (dragItems.size > 0 && (onDragStart || onNodeDragStart || !nodeId && onSelectionDragStart)) {
				const [currentNode, currentNodes] = getEventHandlerParams({
					nodeId,
					dragItems,
					nodeLookup
				});
				onDragStart?.(event.sourceEvent, dragItems, currentNode, currentNodes);
				onNodeDragStart?.(event.sourceEvent, currentNode, currentNodes);
				if (!nodeId) onSelectionDragStart?.(event.sourceEvent, currentNodes);
			}
		}
		const d3DragInstance = drag().clickDistance(nodeClickDistance).on("start", (event) => {
			const { domNode, nodeDragThreshold, transform, snapGrid, snapToGrid } = getStoreItems();
			containerBounds = domNode?.getBoundingClientRect() || null;
			abortDrag = false;
			nodePositionsChanged = false;
			dragEvent = event.sourceEvent;
			if (nodeDragThreshold === 0) startDrag(event);
			lastPos = getPointerPosition(event.sourceEvent, {
				transform,
				snapGrid,
				snapToGrid,
				containerBounds
			});
			mousePosition = getEventPosition(event.sourceEvent, containerBounds);
		}).on("drag", (event) => {
			const { autoPanOnNodeDrag, transform, snapGrid, snapToGrid, nodeDragThreshold, nodeLookup } = getStoreItems();
			const pointerPos = getPointerPosition(event.sourceEvent, {
				transform,
				snapGrid,
				snapToGrid,
				containerBounds
			});
			dragEvent = event.sourceEvent;
			if (event.sourceEvent.type === "touchmove" && event.sourceEvent.touches.length > 1 || nodeId && !nodeLookup.has(nodeId)) abortDrag = true;
			if (abortDrag) return;
			if (!autoPanStarted && autoPanOnNodeDrag && dragStarted) {
				autoPanStarted = true;
				autoPan();
			}
			if (!dragStarted) {
				const currentMousePosition = getEventPosition(event.sourceEvent, containerBounds);
				const x = currentMousePosition.x - mousePosition.x;
				const y = currentMousePosition.y - mousePosition.y;
				if (Math.sqrt(x * x + y * y) > nodeDragThreshold) startDrag(event);
			}
			if ((lastPos.x !== pointerPos.xSnapped || lastPos.y !== pointerPos.ySnapped) && dragItems && dragStarted) {
				mousePosition = getEventPosition(event.sourceEvent, containerBounds);
				updateNodes(pointerPos);
			}
		}).on("end", (event) => {
			if (!dragStarted || abortDrag) {
				if (abortDrag && dragItems.size > 0) getStoreItems().updateNodePositions(dragItems, false);
				return;
			}
			autoPanStarted = false;
			dragStarted = false;
			cancelAnimationFrame(autoPanId);
			if (dragItems.size > 0) {
				const { nodeLookup, updateNodePositions, onNodeDragStop, onSelectionDragStop } = getStoreItems();
				if (nodePositionsChanged) {
					updateNodePositions(dragItems, false);
					nodePositionsChanged = false;
				}
				if (onDragStop || onNodeDragStop || !nodeId && onSelectionDragStop) {
					const [currentNode, currentNodes] = getEventHandlerParams({
						nodeId,
						dragItems,
						nodeLookup,
						dragging: false
					});
					onDragStop?.(event.sourceEvent, dragItems, currentNode, currentNodes);
					onNodeDragStop?.(event.sourceEvent, currentNode, currentNodes);
					if (!nodeId) onSelectionDragStop?.(event.sourceEvent, currentNodes);
				}
			}
		}).filter((event) => {
			const target = event.target;
			return !event.button && (!noDragClassName || !hasSelector(target, `.${noDragClassName}`, domNode)) && (!handleSelector || hasSelector(target, handleSelector, domNode));
		});
		d3Selection.call(d3DragInstance);
	}
	function destroy() {
		d3Selection?.on(".drag", null);
	}
	return {
		update,
		destroy
	};
}
function getNodesWithinDistance(position, nodeLookup, distance) {
	const nodes = [];
	const rect = {
		x: position.x - distance,
		y: position.y - distance,
		width: distance * 2,
		height: distance * 2
	};
	for (const node of nodeLookup.values()) if (getOverlappingArea(rect, nodeToRect(node)) > 0) nodes.push(node);
	return nodes;
}
var ADDITIONAL_DISTANCE = 250;
function getClosestHandle(position, connectionRadius, nodeLookup, fromHandle) {
	let closestHandles = [];
	let minDistance = Infinity;
	const closeNodes = getNodesWithinDistance(position, nodeLookup, connectionRadius + ADDITIONAL_DISTANCE);
	for (const node of closeNodes) {
		const allHandles = [...node.internals.handleBounds?.source ?? [], ...node.internals.handleBounds?.target ?? []];
		for (const handle of allHandles) {
			if (fromHandle.nodeId === handle.nodeId && fromHandle.type === handle.type && fromHandle.id === handle.id) continue;
			const { x, y } = getHandlePosition(node, handle, handle.position, true);
			const distance = Math.sqrt(Math.pow(x - position.x, 2) + Math.pow(y - position.y, 2));
			if (distance > connectionRadius) continue;
			if (distance < minDistance) {
				closestHandles = [{
					...handle,
					x,
					y
				}];
				minDistance = distance;
			} else if (distance === minDistance) closestHandles.push({
				...handle,
				x,
				y
			});
		}
	}
	if (!closestHandles.length) return null;
	if (closestHandles.length > 1) {
		const oppositeHandleType = fromHandle.type === "source" ? "target" : "source";
		return closestHandles.find((handle) => handle.type === oppositeHandleType) ?? closestHandles[0];
	}
	return closestHandles[0];
}
function getHandle(nodeId, handleType, handleId, nodeLookup, connectionMode, withAbsolutePosition = false) {
	const node = nodeLookup.get(nodeId);
	if (!node) return null;
	const handles = connectionMode === "strict" ? node.internals.handleBounds?.[handleType] : [...node.internals.handleBounds?.source ?? [], ...node.internals.handleBounds?.target ?? []];
	const handle = (handleId ? handles?.find((h) => h.id === handleId) : handles?.[0]) ?? null;
	return handle && withAbsolutePosition ? {
		...handle,
		...getHandlePosition(node, handle, handle.position, true)
	} : handle;
}
function getHandleType(edgeUpdaterType, handleDomNode) {
	if (edgeUpdaterType) return edgeUpdaterType;
	else if (handleDomNode?.classList.contains("target")) return "target";
	else if (handleDomNode?.classList.contains("source")) return "source";
	return null;
}
function isConnectionValid(isInsideConnectionRadius, isHandleValid) {
	let isValid = null;
	if (isHandleValid) isValid = true;
	else if (isInsideConnectionRadius && !isHandleValid) isValid = false;
	return isValid;
}
var alwaysValid = () => true;
function onPointerDown(event, { connectionMode, connectionRadius, handleId, nodeId, edgeUpdaterType, isTarget, domNode, nodeLookup, lib, autoPanOnConnect, flowId, panBy, cancelConnection, onConnectStart, onConnect, onConnectEnd, isValidConnection = alwaysValid, onReconnectEnd, updateConnection, getTransform, getFromHandle, autoPanSpeed, dragThreshold = 1, handleDomNode }) {
	const doc = getHostForElement(event.target);
	let autoPanId = 0;
	let closestHandle;
	const { x, y } = getEventPosition(event);
	const handleType = getHandleType(edgeUpdaterType, handleDomNode);
	const containerBounds = domNode?.getBoundingClientRect();
	let connectionStarted = false;
	if (!containerBounds || !handleType) return;
	const fromHandleInternal = getHandle(nodeId, handleType, handleId, nodeLookup, connectionMode);
	if (!fromHandleInternal) return;
	let position = getEventPosition(event, containerBounds);
	let autoPanStarted = false;
	let connection = null;
	let isValid = false;
	let resultHandleDomNode = null;
	function autoPan() {
		if (!autoPanOnConnect || !containerBounds) return;
		const [x, y] = calcAutoPan(position, containerBounds, autoPanSpeed);
		panBy({
			x,
			y
		});
		autoPanId = requestAnimationFrame(autoPan);
	}
	const fromHandle = {
		...fromHandleInternal,
		nodeId,
		type: handleType,
		position: fromHandleInternal.position
	};
	const fromInternalNode = nodeLookup.get(nodeId);
	let previousConnection = {
		inProgress: true,
		isValid: null,
		from: getHandlePosition(fromInternalNode, fromHandle, Position.Left, true),
		fromHandle,
		fromPosition: fromHandle.position,
		fromNode: fromInternalNode,
		to: position,
		toHandle: null,
		toPosition: oppositePosition[fromHandle.position],
		toNode: null,
		pointer: position
	};
	function startConnection() {
		connectionStarted = true;
		updateConnection(previousConnection);
		onConnectStart?.(event, {
			nodeId,
			handleId,
			handleType
		});
	}
	if (dragThreshold === 0) startConnection();
	function onPointerMove(event) {
		if (!connectionStarted) {
			const { x: evtX, y: evtY } = getEventPosition(event);
			const dx = evtX - x;
			const dy = evtY - y;
			if (!(dx * dx + dy * dy > dragThreshold * dragThreshold)) return;
			startConnection();
		}
		if (!getFromHandle() || !fromHandle) {
			onPointerUp(event);
			return;
		}
		const transform = getTransform();
		position = getEventPosition(event, containerBounds);
		closestHandle = getClosestHandle(pointToRendererPoint(position, transform, false, [1, 1]), connectionRadius, nodeLookup, fromHandle);
		if (!autoPanStarted) {
			autoPan();
			autoPanStarted = true;
		}
		const result = isValidHandle(event, {
			handle: closestHandle,
			connectionMode,
			fromNodeId: nodeId,
			fromHandleId: handleId,
			fromType: isTarget ? "target" : "source",
			isValidConnection,
			doc,
			lib,
			flowId,
			nodeLookup
		});
		resultHandleDomNode = result.handleDomNode;
		connection = result.connection;
		isValid = isConnectionValid(!!closestHandle, result.isValid);
		const fromInternalNode = nodeLookup.get(nodeId);
		const from = fromInternalNode ? getHandlePosition(fromInternalNode, fromHandle, Position.Left, true) : previousConnection.from;
		const newConnection = {
			...previousConnection,
			from,
			isValid,
			to: result.toHandle && isValid ? rendererPointToPoint({
				x: result.toHandle.x,
				y: result.toHandle.y
			}, transform) : position,
			toHandle: result.toHandle,
			toPosition: isValid && result.toHandle ? result.toHandle.position : oppositePosition[fromHandle.position],
			toNode: result.toHandle ? nodeLookup.get(result.toHandle.nodeId) : null,
			pointer: position
		};
		updateConnection(newConnection);
		previousConnection = newConnection;
	}
	function onPointerUp(event) {
		if ("touches" in event && event.touches.length > 0) return;
		if (connectionStarted) {
			if ((closestHandle || resultHandleDomNode) && connection && isValid) onConnect?.(connection);
			const { inProgress, ...connectionState } = previousConnection;
			const finalConnectionState = {
				...connectionState,
				toPosition: previousConnection.toHandle ? previousConnection.toPosition : null
			};
			onConnectEnd?.(event, finalConnectionState);
			if (edgeUpdaterType) onReconnectEnd?.(event, finalConnectionState);
		}
		cancelConnection();
		cancelAnimationFrame(autoPanId);
		autoPanStarted = false;
		isValid = false;
		connection = null;
		resultHandleDomNode = null;
		doc.removeEventListener("mousemove", onPointerMove);
		doc.removeEventListener("mouseup", onPointerUp);
		doc.removeEventListener("touchmove", onPointerMove);
		doc.removeEventListener("touchend", onPointerUp);
	}
	doc.addEventListener("mousemove", onPointerMove);
	doc.addEventListener("mouseup", onPointerUp);
	doc.addEventListener("touchmove", onPointerMove);
	doc.addEventListener("touchend", onPointerUp);
}
function isValidHandle(event, { handle, connectionMode, fromNodeId, fromHandleId, fromType, doc, lib, flowId, isValidConnection = alwaysValid, nodeLookup }) {
	const isTarget = fromType === "target";
	const handleDomNode = handle ? doc.querySelector(`.${lib}-flow__handle[data-id="${flowId}-${handle?.nodeId}-${handle?.id}-${handle?.type}"]`) : null;
	const { x, y } = getEventPosition(event);
	const handleBelow = doc.elementFromPoint(x, y);
	const handleToCheck = handleBelow?.classList.contains(`${lib}-flow__handle`) ? handleBelow : handleDomNode;
	const result = {
		handleDomNode: handleToCheck,
		isValid: false,
		connection: null,
		toHandle: null
	};
	if (handleToCheck) {
		const handleType = getHandleType(void 0, handleToCheck);
		const handleNodeId = handleToCheck.getAttribute("data-nodeid");
		const handleId = handleToCheck.getAttribute("data-handleid");
		const connectable = handleToCheck.classList.contains("connectable");
		const connectableEnd = handleToCheck.classList.contains("connectableend");
		if (!handleNodeId || !handleType) return result;
		const connection = {
			source: isTarget ? handleNodeId : fromNodeId,
			sourceHandle: isTarget ? handleId : fromHandleId,
			target: isTarget ? fromNodeId : handleNodeId,
			targetHandle: isTarget ? fromHandleId : handleId
		};
		result.connection = connection;
		result.isValid = connectable && connectableEnd && (connectionMode === ConnectionMode.Strict ? isTarget && handleType === "source" || !isTarget && handleType === "target" : handleNodeId !== fromNodeId || handleId !== fromHandleId) && isValidConnection(connection);
		result.toHandle = getHandle(handleNodeId, handleType, handleId, nodeLookup, connectionMode, true);
	}
	return result;
}
var XYHandle = {
	onPointerDown,
	isValid: isValidHandle
};
function XYMinimap({ domNode, panZoom, getTransform, getViewScale }) {
	const selection = select(domNode);
	function update({ translateExtent, width, height, zoomStep = 1, pannable = true, zoomable = true, inversePan = false }) {
		const zoomHandler = (event) => {
			if (event.sourceEvent.type !== "wheel" || !panZoom) return;
			const transform = getTransform();
			const factor = event.sourceEvent.ctrlKey && isMacOs() ? 10 : 1;
			const pinchDelta = -event.sourceEvent.deltaY * (event.sourceEvent.deltaMode === 1 ? .05 : event.sourceEvent.deltaMode ? 1 : .002) * zoomStep;
			const nextZoom = transform[2] * Math.pow(2, pinchDelta * factor);
			panZoom.scaleTo(nextZoom);
		};
		let panStart = [0, 0];
		const panStartHandler = (event) => {
			if (event.sourceEvent.type === "mousedown" || event.sourceEvent.type === "touchstart") panStart = [event.sourceEvent.clientX ?? event.sourceEvent.touches[0].clientX, event.sourceEvent.clientY ?? event.sourceEvent.touches[0].clientY];
		};
		const panHandler = (event) => {
			const transform = getTransform();
			if (event.sourceEvent.type !== "mousemove" && event.sourceEvent.type !== "touchmove" || !panZoom) return;
			const panCurrent = [event.sourceEvent.clientX ?? event.sourceEvent.touches[0].clientX, event.sourceEvent.clientY ?? event.sourceEvent.touches[0].clientY];
			const panDelta = [panCurrent[0] - panStart[0], panCurrent[1] - panStart[1]];
			panStart = panCurrent;
			const moveScale = getViewScale() * Math.max(transform[2], Math.log(transform[2])) * (inversePan ? -1 : 1);
			const position = {
				x: transform[0] - panDelta[0] * moveScale,
				y: transform[1] - panDelta[1] * moveScale
			};
			const extent = [[0, 0], [width, height]];
			panZoom.setViewportConstrained({
				x: position.x,
				y: position.y,
				zoom: transform[2]
			}, extent, translateExtent);
		};
		const zoomAndPanHandler = zoom().on("start", panStartHandler).on("zoom", pannable ? panHandler : null).on("zoom.wheel", zoomable ? zoomHandler : null);
		selection.call(zoomAndPanHandler, {});
	}
	function destroy() {
		selection.on("zoom", null);
	}
	return {
		update,
		destroy,
		pointer
	};
}
var transformToViewport = (transform) => ({
	x: transform.x,
	y: transform.y,
	zoom: transform.k
});
var viewportToTransform = ({ x, y, zoom }) => identity$1.translate(x, y).scale(zoom);
var isWrappedWithClass = (event, className) => event.target.closest(`.${className}`);
var isRightClickPan = (panOnDrag, usedButton) => usedButton === 2 && Array.isArray(panOnDrag) && panOnDrag.includes(2);
var defaultEase = (t) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
var getD3Transition = (selection, duration = 0, ease = defaultEase, onEnd = () => {}) => {
	const hasDuration = typeof duration === "number" && duration > 0;
	if (!hasDuration) onEnd();
	return hasDuration ? selection.transition().duration(duration).ease(ease).on("end", onEnd) : selection;
};
var wheelDelta = (event) => {
	const factor = event.ctrlKey && isMacOs() ? 10 : 1;
	return -event.deltaY * (event.deltaMode === 1 ? .05 : event.deltaMode ? 1 : .002) * factor;
};
function createPanOnScrollHandler({ zoomPanValues, noWheelClassName, d3Selection, d3Zoom, panOnScrollMode, panOnScrollSpeed, zoomOnPinch, onPanZoomStart, onPanZoom, onPanZoomEnd }) {
	return (event) => {
		if (isWrappedWithClass(event, noWheelClassName)) {
			if (event.ctrlKey) event.preventDefault();
			return false;
		}
		event.preventDefault();
		event.stopImmediatePropagation();
		const currentZoom = d3Selection.property("__zoom").k || 1;
		if (event.ctrlKey && zoomOnPinch) {
			const point = pointer(event);
			const pinchDelta = wheelDelta(event);
			const zoom = currentZoom * Math.pow(2, pinchDelta);
			d3Zoom.scaleTo(d3Selection, zoom, point, event);
			return;
		}
		const deltaNormalize = event.deltaMode === 1 ? 20 : 1;
		let deltaX = panOnScrollMode === PanOnScrollMode.Vertical ? 0 : event.deltaX * deltaNormalize;
		let deltaY = panOnScrollMode === PanOnScrollMode.Horizontal ? 0 : event.deltaY * deltaNormalize;
		if (!isMacOs() && event.shiftKey && panOnScrollMode !== PanOnScrollMode.Vertical) {
			deltaX = event.deltaY * deltaNormalize;
			deltaY = 0;
		}
		d3Zoom.translateBy(d3Selection, -(deltaX / currentZoom) * panOnScrollSpeed, -(deltaY / currentZoom) * panOnScrollSpeed, { internal: true });
		const nextViewport = transformToViewport(d3Selection.property("__zoom"));
		clearTimeout(zoomPanValues.panScrollTimeout);
		if (!zoomPanValues.isPanScrolling) {
			zoomPanValues.isPanScrolling = true;
			onPanZoomStart?.(event, nextViewport);
		} else onPanZoom?.(event, nextViewport);
		zoomPanValues.panScrollTimeout = setTimeout(() => {
			onPanZoomEnd?.(event, nextViewport);
			zoomPanValues.isPanScrolling = false;
		}, 150);
	};
}
function createZoomOnScrollHandler({ noWheelClassName, preventScrolling, d3ZoomHandler }) {
	return function(event, d) {
		const isWheel = event.type === "wheel";
		const preventZoom = !preventScrolling && isWheel && !event.ctrlKey;
		const hasNoWheelClass = isWrappedWithClass(event, noWheelClassName);
		if (event.ctrlKey && isWheel && hasNoWheelClass) event.preventDefault();
		if (preventZoom || hasNoWheelClass) return null;
		event.preventDefault();
		d3ZoomHandler.call(this, event, d);
	};
}
function createPanZoomStartHandler({ zoomPanValues, onDraggingChange, onPanZoomStart }) {
	return (event) => {
		if (event.sourceEvent?.internal) return;
		const viewport = transformToViewport(event.transform);
		zoomPanValues.mouseButton = event.sourceEvent?.button || 0;
		zoomPanValues.isZoomingOrPanning = true;
		zoomPanValues.prevViewport = viewport;
		if (event.sourceEvent?.type === "mousedown") onDraggingChange(true);
		if (onPanZoomStart) onPanZoomStart?.(event.sourceEvent, viewport);
	};
}
function createPanZoomHandler({ zoomPanValues, panOnDrag, onPaneContextMenu, onTransformChange, onPanZoom }) {
	return (event) => {
		zoomPanValues.usedRightMouseButton = !!(onPaneContextMenu && isRightClickPan(panOnDrag, zoomPanValues.mouseButton ?? 0));
		if (!event.sourceEvent?.sync) onTransformChange([
			event.transform.x,
			event.transform.y,
			event.transform.k
		]);
		if (onPanZoom && !event.sourceEvent?.internal) onPanZoom?.(event.sourceEvent, transformToViewport(event.transform));
	};
}
function createPanZoomEndHandler({ zoomPanValues, panOnDrag, panOnScroll, onDraggingChange, onPanZoomEnd, onPaneContextMenu }) {
	return (event) => {
		if (event.sourceEvent?.internal) return;
		zoomPanValues.isZoomingOrPanning = false;
		if (onPaneContextMenu && isRightClickPan(panOnDrag, zoomPanValues.mouseButton ?? 0) && !zoomPanValues.usedRightMouseButton && event.sourceEvent) onPaneContextMenu(event.sourceEvent);
		zoomPanValues.usedRightMouseButton = false;
		onDraggingChange(false);
		if (onPanZoomEnd) {
			const viewport = transformToViewport(event.transform);
			zoomPanValues.prevViewport = viewport;
			clearTimeout(zoomPanValues.timerId);
			zoomPanValues.timerId = setTimeout(() => {
				onPanZoomEnd?.(event.sourceEvent, viewport);
			}, panOnScroll ? 150 : 0);
		}
	};
}
function createFilter({ panActivationKeyPressed, zoomActivationKeyPressed, zoomOnScroll, zoomOnPinch, panOnDrag, panOnScroll, zoomOnDoubleClick, userSelectionActive, noWheelClassName, noPanClassName, lib, connectionInProgress }) {
	return (event) => {
		const zoomScroll = zoomActivationKeyPressed || zoomOnScroll;
		const pinchZoom = zoomOnPinch && event.ctrlKey;
		const isWheelEvent = event.type === "wheel";
		if (event.button === 1 && event.type === "mousedown" && (isWrappedWithClass(event, `${lib}-flow__node`) || isWrappedWithClass(event, `${lib}-flow__edge`) || isWrappedWithClass(event, `${lib}-flow__selection`) || isWrappedWithClass(event, `${lib}-flow__nodesselection`))) return true;
		if (!panOnDrag && !zoomScroll && !panOnScroll && !zoomOnDoubleClick && !zoomOnPinch) return false;
		if (userSelectionActive) return false;
		if (connectionInProgress && !isWheelEvent) return false;
		if (isWrappedWithClass(event, noWheelClassName) && isWheelEvent) return false;
		if (isWrappedWithClass(event, noPanClassName) && (!isWheelEvent || panOnScroll && isWheelEvent && !zoomActivationKeyPressed)) return false;
		if (!zoomOnPinch && event.ctrlKey && isWheelEvent) return false;
		if (!zoomOnPinch && event.type === "touchstart" && event.touches?.length > 1) {
			event.preventDefault();
			return false;
		}
		if (!zoomScroll && !panOnScroll && !pinchZoom && isWheelEvent) return false;
		if (!panOnDrag && (event.type === "mousedown" || event.type === "touchstart")) return false;
		if (Array.isArray(panOnDrag) && !panOnDrag.includes(event.button) && event.type === "mousedown") return false;
		const buttonAllowed = Array.isArray(panOnDrag) && panOnDrag.includes(event.button) || !event.button || event.button <= 1;
		return (!event.ctrlKey || isWheelEvent || panActivationKeyPressed) && buttonAllowed;
	};
}
function XYPanZoom({ domNode, minZoom, maxZoom, translateExtent, viewport, onPanZoom, onPanZoomStart, onPanZoomEnd, onDraggingChange }) {
	const zoomPanValues = {
		isZoomingOrPanning: false,
		usedRightMouseButton: false,
		prevViewport: {},
		mouseButton: 0,
		timerId: void 0,
		panScrollTimeout: void 0,
		isPanScrolling: false
	};
	const bbox = domNode.getBoundingClientRect();
	let cachedExtent = [[0, 0], [bbox.width, bbox.height]];
	const extentResizeObserver = typeof ResizeObserver !== "undefined" ? new ResizeObserver((entries) => {
		const entry = entries[0];
		if (entry?.contentRect) cachedExtent = [[0, 0], [entry.contentRect.width, entry.contentRect.height]];
	}) : null;
	extentResizeObserver?.observe(domNode);
	const d3ZoomInstance = zoom().extent(() => cachedExtent).scaleExtent([minZoom, maxZoom]).translateExtent(translateExtent);
	const d3Selection = select(domNode).call(d3ZoomInstance);
	setViewportConstrained({
		x: viewport.x,
		y: viewport.y,
		zoom: clamp(viewport.zoom, minZoom, maxZoom)
	}, [[0, 0], [bbox.width, bbox.height]], translateExtent);
	const d3ZoomHandler = d3Selection.on("wheel.zoom");
	const d3DblClickZoomHandler = d3Selection.on("dblclick.zoom");
	d3ZoomInstance.wheelDelta(wheelDelta);
	async function setTransform(transform, options) {
		if (d3Selection) return new Promise((resolve) => {
			d3ZoomInstance?.interpolate(options?.interpolate === "linear" ? value : zoom$1).transform(getD3Transition(d3Selection, options?.duration, options?.ease, () => resolve(true)), transform);
		});
		return false;
	}
	function update({ noWheelClassName, noPanClassName, onPaneContextMenu, userSelectionActive, panOnScroll, panOnDrag, panOnScrollMode, panOnScrollSpeed, preventScrolling, zoomOnPinch, zoomOnScroll, zoomOnDoubleClick, panActivationKeyPressed = false, zoomActivationKeyPressed, lib, onTransformChange, connectionInProgress, paneClickDistance, selectionOnDrag }) {
		if (userSelectionActive && !zoomPanValues.isZoomingOrPanning) d3ZoomInstance.on("zoom", null);
		const isPanOnScroll = panOnScroll && !zoomActivationKeyPressed && !userSelectionActive;
		d3ZoomInstance.clickDistance(selectionOnDrag ? Infinity : !isNumeric(paneClickDistance) || paneClickDistance < 0 ? 0 : paneClickDistance);
		const wheelHandler = isPanOnScroll ? createPanOnScrollHandler({
			zoomPanValues,
			noWheelClassName,
			d3Selection,
			d3Zoom: d3ZoomInstance,
			panOnScrollMode,
			panOnScrollSpeed,
			zoomOnPinch,
			onPanZoomStart,
			onPanZoom,
			onPanZoomEnd
		}) : createZoomOnScrollHandler({
			noWheelClassName,
			preventScrolling,
			d3ZoomHandler
		});
		d3Selection.on("wheel.zoom", wheelHandler, { passive: false });
		const startHandler = createPanZoomStartHandler({
			zoomPanValues,
			onDraggingChange,
			onPanZoomStart
		});
		d3ZoomInstance.on("start", startHandler);
		const panZoomHandler = createPanZoomHandler({
			zoomPanValues,
			panOnDrag,
			onPaneContextMenu: !!onPaneContextMenu,
			onPanZoom,
			onTransformChange
		});
		d3ZoomInstance.on("zoom", panZoomHandler);
		const panZoomEndHandler = createPanZoomEndHandler({
			zoomPanValues,
			panOnDrag,
			panOnScroll,
			onPaneContextMenu,
			onPanZoomEnd,
			onDraggingChange
		});
		d3ZoomInstance.on("end", panZoomEndHandler);
		const filter = createFilter({
			panActivationKeyPressed,
			zoomActivationKeyPressed,
			panOnDrag,
			zoomOnScroll,
			panOnScroll,
			zoomOnDoubleClick,
			zoomOnPinch,
			userSelectionActive,
			noPanClassName,
			noWheelClassName,
			lib,
			connectionInProgress
		});
		d3ZoomInstance.filter(filter);
		if (zoomOnDoubleClick) d3Selection.on("dblclick.zoom", d3DblClickZoomHandler);
		else d3Selection.on("dblclick.zoom", null);
	}
	function destroy() {
		d3ZoomInstance.on("zoom", null);
		extentResizeObserver?.disconnect();
	}
	async function setViewportConstrained(viewport, extent, translateExtent) {
		const nextTransform = viewportToTransform(viewport);
		const contrainedTransform = d3ZoomInstance?.constrain()(nextTransform, extent, translateExtent);
		if (contrainedTransform) await setTransform(contrainedTransform);
		return contrainedTransform;
	}
	async function setViewport(viewport, options) {
		const nextTransform = viewportToTransform(viewport);
		await setTransform(nextTransform, options);
		return nextTransform;
	}
	function syncViewport(viewport) {
		if (d3Selection) {
			const nextTransform = viewportToTransform(viewport);
			const currentTransform = d3Selection.property("__zoom");
			if (currentTransform.k !== viewport.zoom || currentTransform.x !== viewport.x || currentTransform.y !== viewport.y) d3ZoomInstance?.transform(d3Selection, nextTransform, null, { sync: true });
		}
	}
	function getViewport() {
		const transform = d3Selection ? transform$1(d3Selection.node()) : {
			x: 0,
			y: 0,
			k: 1
		};
		return {
			x: transform.x,
			y: transform.y,
			zoom: transform.k
		};
	}
	async function scaleTo(zoom, options) {
		if (d3Selection) return new Promise((resolve) => {
			d3ZoomInstance?.interpolate(options?.interpolate === "linear" ? value : zoom$1).scaleTo(getD3Transition(d3Selection, options?.duration, options?.ease, () => resolve(true)), zoom);
		});
		return false;
	}
	async function scaleBy(factor, options) {
		if (d3Selection) return new Promise((resolve) => {
			d3ZoomInstance?.interpolate(options?.interpolate === "linear" ? value : zoom$1).scaleBy(getD3Transition(d3Selection, options?.duration, options?.ease, () => resolve(true)), factor);
		});
		return false;
	}
	function setScaleExtent(scaleExtent) {
		d3ZoomInstance?.scaleExtent(scaleExtent);
	}
	function setTranslateExtent(translateExtent) {
		d3ZoomInstance?.translateExtent(translateExtent);
	}
	function setClickDistance(distance) {
		const validDistance = !isNumeric(distance) || distance < 0 ? 0 : distance;
		d3ZoomInstance?.clickDistance(validDistance);
	}
	return {
		update,
		destroy,
		setViewport,
		setViewportConstrained,
		getViewport,
		scaleTo,
		scaleBy,
		setScaleExtent,
		setTranslateExtent,
		syncViewport,
		setClickDistance
	};
}
/**
* Used to determine the variant of the resize control
*
* @public
*/
var ResizeControlVariant;
(function(ResizeControlVariant) {
	ResizeControlVariant["Line"] = "line";
	ResizeControlVariant["Handle"] = "handle";
})(ResizeControlVariant || (ResizeControlVariant = {}));
/**
* Get all connecting edges for a given set of nodes
* @param width - new width of the node
* @param prevWidth - previous width of the node
* @param height - new height of the node
* @param prevHeight - previous height of the node
* @param affectsX - whether to invert the resize direction for the x axis
* @param affectsY - whether to invert the resize direction for the y axis
* @returns array of two numbers representing the direction of the resize for each axis, 0 = no change, 1 = increase, -1 = decrease
*/
function getResizeDirection({ width, prevWidth, height, prevHeight, affectsX, affectsY }) {
	const deltaWidth = width - prevWidth;
	const deltaHeight = height - prevHeight;
	const direction = [deltaWidth > 0 ? 1 : deltaWidth < 0 ? -1 : 0, deltaHeight > 0 ? 1 : deltaHeight < 0 ? -1 : 0];
	if (deltaWidth && affectsX) direction[0] = direction[0] * -1;
	if (deltaHeight && affectsY) direction[1] = direction[1] * -1;
	return direction;
}
/**
* Parses the control position that is being dragged to dimensions that are being resized
* @param controlPosition - position of the control that is being dragged
* @returns isHorizontal, isVertical, affectsX, affectsY,
*/
function getControlDirection(controlPosition) {
	return {
		isHorizontal: controlPosition.includes("right") || controlPosition.includes("left"),
		isVertical: controlPosition.includes("bottom") || controlPosition.includes("top"),
		affectsX: controlPosition.includes("left"),
		affectsY: controlPosition.includes("top")
	};
}
function getLowerExtentClamp(lowerExtent, lowerBound) {
	return Math.max(0, lowerBound - lowerExtent);
}
function getUpperExtentClamp(upperExtent, upperBound) {
	return Math.max(0, upperExtent - upperBound);
}
function getSizeClamp(size, minSize, maxSize) {
	return Math.max(0, minSize - size, size - maxSize);
}
function xor(a, b) {
	return a ? !b : b;
}
/**
* Calculates new width & height and x & y of node after resize based on pointer position
* @description - Buckle up, this is a chunky one... If you want to determine the new dimensions of a node after a resize,
* you have to account for all possible restrictions: min/max width/height of the node, the maximum extent the node is allowed
* to move in (in this case: resize into) determined by the parent node, the minimal extent determined by child nodes
* with expandParent or extent: 'parent' set and oh yeah, these things also have to work with keepAspectRatio!
* The way this is done is by determining how much each of these restricting actually restricts the resize and then applying the
* strongest restriction. Because the resize affects x, y and width, height and width, height of a opposing side with keepAspectRatio,
* the resize amount is always kept in distX & distY amount (the distance in mouse movement)
* Instead of clamping each value, we first calculate the biggest 'clamp' (for the lack of a better name) and then apply it to all values.
* To complicate things nodeOrigin has to be taken into account as well. This is done by offsetting the nodes as if their origin is [0, 0],
* then calculating the restrictions as usual
* @param startValues - starting values of resize
* @param controlDirection - dimensions affected by the resize
* @param pointerPosition - the current pointer position corrected for snapping
* @param boundaries - minimum and maximum dimensions of the node
* @param keepAspectRatio - prevent changes of asprect ratio
* @returns x, y, width and height of the node after resize
*/
function getDimensionsAfterResize(startValues, controlDirection, pointerPosition, boundaries, keepAspectRatio, nodeOrigin, extent, childExtent) {
	let { affectsX, affectsY } = controlDirection;
	const { isHorizontal, isVertical } = controlDirection;
	const isDiagonal = isHorizontal && isVertical;
	const { xSnapped, ySnapped } = pointerPosition;
	const { minWidth, maxWidth, minHeight, maxHeight } = boundaries;
	const { x: startX, y: startY, width: startWidth, height: startHeight, aspectRatio } = startValues;
	let distX = Math.floor(isHorizontal ? xSnapped - startValues.pointerX : 0);
	let distY = Math.floor(isVertical ? ySnapped - startValues.pointerY : 0);
	const newWidth = startWidth + (affectsX ? -distX : distX);
	const newHeight = startHeight + (affectsY ? -distY : distY);
	const originOffsetX = -nodeOrigin[0] * startWidth;
	const originOffsetY = -nodeOrigin[1] * startHeight;
	let clampX = getSizeClamp(newWidth, minWidth, maxWidth);
	let clampY = getSizeClamp(newHeight, minHeight, maxHeight);
	if (extent) {
		let xExtentClamp = 0;
		let yExtentClamp = 0;
		if (affectsX && distX < 0) xExtentClamp = getLowerExtentClamp(startX + distX + originOffsetX, extent[0][0]);
		else if (!affectsX && distX > 0) xExtentClamp = getUpperExtentClamp(startX + newWidth + originOffsetX, extent[1][0]);
		if (affectsY && distY < 0) yExtentClamp = getLowerExtentClamp(startY + distY + originOffsetY, extent[0][1]);
		else if (!affectsY && distY > 0) yExtentClamp = getUpperExtentClamp(startY + newHeight + originOffsetY, extent[1][1]);
		clampX = Math.max(clampX, xExtentClamp);
		clampY = Math.max(clampY, yExtentClamp);
	}
	if (childExtent) {
		let xExtentClamp = 0;
		let yExtentClamp = 0;
		if (affectsX && distX > 0) xExtentClamp = getUpperExtentClamp(startX + distX, childExtent[0][0]);
		else if (!affectsX && distX < 0) xExtentClamp = getLowerExtentClamp(startX + newWidth, childExtent[1][0]);
		if (affectsY && distY > 0) yExtentClamp = getUpperExtentClamp(startY + distY, childExtent[0][1]);
		else if (!affectsY && distY < 0) yExtentClamp = getLowerExtentClamp(startY + newHeight, childExtent[1][1]);
		clampX = Math.max(clampX, xExtentClamp);
		clampY = Math.max(clampY, yExtentClamp);
	}
	if (keepAspectRatio) {
		if (isHorizontal) {
			const aspectHeightClamp = getSizeClamp(newWidth / aspectRatio, minHeight, maxHeight) * aspectRatio;
			clampX = Math.max(clampX, aspectHeightClamp);
			if (extent) {
				let aspectExtentClamp = 0;
				if (!affectsX && !affectsY || affectsX && !affectsY && isDiagonal) aspectExtentClamp = getUpperExtentClamp(startY + originOffsetY + newWidth / aspectRatio, extent[1][1]) * aspectRatio;
				else aspectExtentClamp = getLowerExtentClamp(startY + originOffsetY + (affectsX ? distX : -distX) / aspectRatio, extent[0][1]) * aspectRatio;
				clampX = Math.max(clampX, aspectExtentClamp);
			}
			if (childExtent) {
				let aspectExtentClamp = 0;
				if (!affectsX && !affectsY || affectsX && !affectsY && isDiagonal) aspectExtentClamp = getLowerExtentClamp(startY + newWidth / aspectRatio, childExtent[1][1]) * aspectRatio;
				else aspectExtentClamp = getUpperExtentClamp(startY + (affectsX ? distX : -distX) / aspectRatio, childExtent[0][1]) * aspectRatio;
				clampX = Math.max(clampX, aspectExtentClamp);
			}
		}
		if (isVertical) {
			const aspectWidthClamp = getSizeClamp(newHeight * aspectRatio, minWidth, maxWidth) / aspectRatio;
			clampY = Math.max(clampY, aspectWidthClamp);
			if (extent) {
				let aspectExtentClamp = 0;
				if (!affectsX && !affectsY || affectsY && !affectsX && isDiagonal) aspectExtentClamp = getUpperExtentClamp(startX + newHeight * aspectRatio + originOffsetX, extent[1][0]) / aspectRatio;
				else aspectExtentClamp = getLowerExtentClamp(startX + (affectsY ? distY : -distY) * aspectRatio + originOffsetX, extent[0][0]) / aspectRatio;
				clampY = Math.max(clampY, aspectExtentClamp);
			}
			if (childExtent) {
				let aspectExtentClamp = 0;
				if (!affectsX && !affectsY || affectsY && !affectsX && isDiagonal) aspectExtentClamp = getLowerExtentClamp(startX + newHeight * aspectRatio, childExtent[1][0]) / aspectRatio;
				else aspectExtentClamp = getUpperExtentClamp(startX + (affectsY ? distY : -distY) * aspectRatio, childExtent[0][0]) / aspectRatio;
				clampY = Math.max(clampY, aspectExtentClamp);
			}
		}
	}
	distY = distY + (distY < 0 ? clampY : -clampY);
	distX = distX + (distX < 0 ? clampX : -clampX);
	if (keepAspectRatio) {
		if (isDiagonal) {
			if (newWidth > newHeight * aspectRatio) distY = (xor(affectsX, affectsY) ? -distX : distX) / aspectRatio;
			else distX = (xor(affectsX, affectsY) ? -distY : distY) * aspectRatio;
		} else if (isHorizontal) {
			distY = distX / aspectRatio;
			affectsY = affectsX;
		} else {
			distX = distY * aspectRatio;
			affectsX = affectsY;
		}
	}
	const x = affectsX ? startX + distX : startX;
	const y = affectsY ? startY + distY : startY;
	return {
		width: startWidth + (affectsX ? -distX : distX),
		height: startHeight + (affectsY ? -distY : distY),
		x: nodeOrigin[0] * distX * (!affectsX ? 1 : -1) + x,
		y: nodeOrigin[1] * distY * (!affectsY ? 1 : -1) + y
	};
}
var initPrevValues$1 = {
	width: 0,
	height: 0,
	x: 0,
	y: 0
};
var initStartValues = {
	...initPrevValues$1,
	pointerX: 0,
	pointerY: 0,
	aspectRatio: 1
};
function nodeToChildExtent(child, parent, nodeOrigin) {
	const x = parent.position.x + child.position.x;
	const y = parent.position.y + child.position.y;
	const width = child.measured.width ?? 0;
	const height = child.measured.height ?? 0;
	const originOffsetX = nodeOrigin[0] * width;
	const originOffsetY = nodeOrigin[1] * height;
	return [[x - originOffsetX, y - originOffsetY], [x + width - originOffsetX, y + height - originOffsetY]];
}
function XYResizer({ domNode, nodeId, getStoreItems, onChange, onEnd }) {
	const selection = select(domNode);
	let params = {
		controlDirection: getControlDirection("bottom-right"),
		boundaries: {
			minWidth: 0,
			minHeight: 0,
			maxWidth: Number.MAX_VALUE,
			maxHeight: Number.MAX_VALUE
		},
		resizeDirection: void 0,
		keepAspectRatio: false
	};
	function update({ controlPosition, boundaries, keepAspectRatio, resizeDirection, onResizeStart, onResize, onResizeEnd, shouldResize }) {
		let prevValues = { ...initPrevValues$1 };
		let startValues = { ...initStartValues };
		params = {
			boundaries,
			resizeDirection,
			keepAspectRatio,
			controlDirection: getControlDirection(controlPosition)
		};
		let node = void 0;
		let containerBounds = null;
		let childNodes = [];
		let parentNode = void 0;
		let nodeExtent = void 0;
		let childExtent = void 0;
		const dragHandler = drag().on("start", (event) => {
			const { nodeLookup, transform, snapGrid, snapToGrid, nodeOrigin, paneDomNode } = getStoreItems();
			node = nodeLookup.get(nodeId);
			if (!node) return;
			containerBounds = paneDomNode?.getBoundingClientRect() ?? null;
			const { xSnapped, ySnapped } = getPointerPosition(event.sourceEvent, {
				transform,
				snapGrid,
				snapToGrid,
				containerBounds
			});
			prevValues = {
				width: node.measured.width ?? 0,
				height: node.measured.height ?? 0,
				x: node.position.x ?? 0,
				y: node.position.y ?? 0
			};
			startValues = {
				...prevValues,
				pointerX: xSnapped,
				pointerY: ySnapped,
				aspectRatio: prevValues.width / prevValues.height
			};
			parentNode = void 0;
			nodeExtent = isCoordinateExtent(node.extent) ? node.extent : void 0;
			if (node.parentId && (node.extent === "parent" || node.expandParent)) parentNode = nodeLookup.get(node.parentId);
			if (parentNode && node.extent === "parent") nodeExtent = [[0, 0], [parentNode.measured.width, parentNode.measured.height]];
			childNodes = [];
			childExtent = void 0;
			for (const [childId, child] of nodeLookup) if (child.parentId === nodeId) {
				childNodes.push({
					id: childId,
					position: { ...child.position },
					extent: child.extent
				});
				if (child.extent === "parent" || child.expandParent) {
					const extent = nodeToChildExtent(child, node, child.origin ?? nodeOrigin);
					if (childExtent) childExtent = [[Math.min(extent[0][0], childExtent[0][0]), Math.min(extent[0][1], childExtent[0][1])], [Math.max(extent[1][0], childExtent[1][0]), Math.max(extent[1][1], childExtent[1][1])]];
					else childExtent = extent;
				}
			}
			onResizeStart?.(event, { ...prevValues });
		}).on("drag", (event) => {
			const { transform, snapGrid, snapToGrid, nodeOrigin: storeNodeOrigin } = getStoreItems();
			const pointerPosition = getPointerPosition(event.sourceEvent, {
				transform,
				snapGrid,
				snapToGrid,
				containerBounds
			});
			const childChanges = [];
			if (!node) return;
			const { x: prevX, y: prevY, width: prevWidth, height: prevHeight } = prevValues;
			const change = {};
			const nodeOrigin = node.origin ?? storeNodeOrigin;
			const { width, height, x, y } = getDimensionsAfterResize(startValues, params.controlDirection, pointerPosition, params.boundaries, params.keepAspectRatio, nodeOrigin, nodeExtent, childExtent);
			const isWidthChange = width !== prevWidth;
			const isHeightChange = height !== prevHeight;
			const isXPosChange = x !== prevX && isWidthChange;
			const isYPosChange = y !== prevY && isHeightChange;
			if (!isXPosChange && !isYPosChange && !isWidthChange && !isHeightChange) return;
			const lastValid = {
				prevValues: { ...prevValues },
				startX: startValues.x,
				startY: startValues.y,
				childNodes: childNodes.map((child) => ({
					...child,
					position: { ...child.position }
				}))
			};
			if (isXPosChange || isYPosChange || nodeOrigin[0] === 1 || nodeOrigin[1] === 1) {
				change.x = isXPosChange ? x : prevValues.x;
				change.y = isYPosChange ? y : prevValues.y;
				prevValues.x = change.x;
				prevValues.y = change.y;
				if (childNodes.length > 0) {
					const xChange = x - prevX;
					const yChange = y - prevY;
					for (const childNode of childNodes) {
						childNode.position = {
							x: childNode.position.x - xChange + nodeOrigin[0] * (width - prevWidth),
							y: childNode.position.y - yChange + nodeOrigin[1] * (height - prevHeight)
						};
						childChanges.push(childNode);
					}
				}
			}
			if (isWidthChange || isHeightChange) {
				change.width = isWidthChange && (!params.resizeDirection || params.resizeDirection === "horizontal") ? width : prevValues.width;
				change.height = isHeightChange && (!params.resizeDirection || params.resizeDirection === "vertical") ? height : prevValues.height;
				prevValues.width = change.width;
				prevValues.height = change.height;
			}
			if (parentNode && node.expandParent) {
				const xLimit = nodeOrigin[0] * (change.width ?? 0);
				if (change.x && change.x < xLimit) {
					prevValues.x = xLimit;
					startValues.x = startValues.x - (change.x - xLimit);
				}
				const yLimit = nodeOrigin[1] * (change.height ?? 0);
				if (change.y && change.y < yLimit) {
					prevValues.y = yLimit;
					startValues.y = startValues.y - (change.y - yLimit);
				}
			}
			const direction = getResizeDirection({
				width: prevValues.width,
				prevWidth,
				height: prevValues.height,
				prevHeight,
				affectsX: params.controlDirection.affectsX,
				affectsY: params.controlDirection.affectsY
			});
			const nextValues = {
				...prevValues,
				direction
			};
			if (shouldResize?.(event, nextValues) === false) {
				prevValues = lastValid.prevValues;
				startValues.x = lastValid.startX;
				startValues.y = lastValid.startY;
				childNodes.forEach((child, i) => {
					child.position = lastValid.childNodes[i].position;
				});
				return;
			}
			onResize?.(event, nextValues);
			onChange(change, childChanges);
		}).on("end", (event) => {
			onResizeEnd?.(event, { ...prevValues });
			onEnd?.({ ...prevValues });
		});
		selection.call(dragHandler);
	}
	function destroy() {
		selection.on(".drag", null);
	}
	return {
		update,
		destroy
	};
}
// node_modules/use-sync-external-store/cjs/use-sync-external-store-shim.production.js
/**
* @license React
* use-sync-external-store-shim.production.js
*
* Copyright (c) Meta Platforms, Inc. and affiliates.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.
*/
var require_use_sync_external_store_shim_production = /* @__PURE__ */ __commonJSMin(((exports) => {
	var React = require_react();
	function is(x, y) {
		return x === y && (0 !== x || 1 / x === 1 / y) || x !== x && y !== y;
	}
	var objectIs = "function" === typeof Object.is ? Object.is : is;
	var useState = React.useState;
	var useEffect = React.useEffect;
	var useLayoutEffect = React.useLayoutEffect;
	var useDebugValue = React.useDebugValue;
	function useSyncExternalStore$2(subscribe, getSnapshot) {
		var value = getSnapshot(), _useState = useState({ inst: {
			value,
			getSnapshot
		} }), inst = _useState[0].inst, forceUpdate = _useState[1];
		useLayoutEffect(function() {
			inst.value = value;
			inst.getSnapshot = getSnapshot;
			checkIfSnapshotChanged(inst) && forceUpdate({ inst });
		}, [
			subscribe,
			value,
			getSnapshot
		]);
		useEffect(function() {
			checkIfSnapshotChanged(inst) && forceUpdate({ inst });
			return subscribe(function() {
				checkIfSnapshotChanged(inst) && forceUpdate({ inst });
			});
		}, [subscribe]);
		useDebugValue(value);
		return value;
	}
	function checkIfSnapshotChanged(inst) {
		var latestGetSnapshot = inst.getSnapshot;
		inst = inst.value;
		try {
			var nextValue = latestGetSnapshot();
			return !objectIs(inst, nextValue);
		} catch (error) {
			return !0;
		}
	}
	function useSyncExternalStore$1(subscribe, getSnapshot) {
		return getSnapshot();
	}
	var shim = "undefined" === typeof window || "undefined" === typeof window.document || "undefined" === typeof window.document.createElement ? useSyncExternalStore$1 : useSyncExternalStore$2;
	exports.useSyncExternalStore = void 0 !== React.useSyncExternalStore ? React.useSyncExternalStore : shim;
}));
// node_modules/use-sync-external-store/shim/index.js
var require_shim = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_use_sync_external_store_shim_production();
}));
// node_modules/use-sync-external-store/cjs/use-sync-external-store-shim/with-selector.production.js
/**
* @license React
* use-sync-external-store-shim/with-selector.production.js
*
* Copyright (c) Meta Platforms, Inc. and affiliates.
*
* This source code is licensed under the MIT license found in the
* LICENSE file in the root directory of this source tree.
*/
var require_with_selector_production = /* @__PURE__ */ __commonJSMin(((exports) => {
	var React = require_react();
	var shim = require_shim();
	function is(x, y) {
		return x === y && (0 !== x || 1 / x === 1 / y) || x !== x && y !== y;
	}
	var objectIs = "function" === typeof Object.is ? Object.is : is;
	var useSyncExternalStore = shim.useSyncExternalStore;
	var useRef = React.useRef;
	var useEffect = React.useEffect;
	var useMemo = React.useMemo;
	var useDebugValue = React.useDebugValue;
	exports.useSyncExternalStoreWithSelector = function(subscribe, getSnapshot, getServerSnapshot, selector, isEqual) {
		var instRef = useRef(null);
		if (null === instRef.current) {
			var inst = {
				hasValue: !1,
				value: null
			};
			instRef.current = inst;
		} else inst = instRef.current;
		instRef = useMemo(function() {
			function memoizedSelector(nextSnapshot) {
				if (!hasMemo) {
					hasMemo = !0;
					memoizedSnapshot = nextSnapshot;
					nextSnapshot = selector(nextSnapshot);
					if (void 0 !== isEqual && inst.hasValue) {
						var currentSelection = inst.value;
						if (isEqual(currentSelection, nextSnapshot)) return memoizedSelection = currentSelection;
					}
					return memoizedSelection = nextSnapshot;
				}
				currentSelection = memoizedSelection;
				if (objectIs(memoizedSnapshot, nextSnapshot)) return currentSelection;
				var nextSelection = selector(nextSnapshot);
				if (void 0 !== isEqual && isEqual(currentSelection, nextSelection)) return memoizedSnapshot = nextSnapshot, currentSelection;
				memoizedSnapshot = nextSnapshot;
				return memoizedSelection = nextSelection;
			}
			var hasMemo = !1, memoizedSnapshot, memoizedSelection, maybeGetServerSnapshot = void 0 === getServerSnapshot ? null : getServerSnapshot;
			return [function() {
				return memoizedSelector(getSnapshot());
			}, null === maybeGetServerSnapshot ? void 0 : function() {
				return memoizedSelector(maybeGetServerSnapshot());
			}];
		}, [
			getSnapshot,
			getServerSnapshot,
			selector,
			isEqual
		]);
		var value = useSyncExternalStore(subscribe, instRef[0], instRef[1]);
		useEffect(function() {
			inst.hasValue = !0;
			inst.value = value;
		}, [value]);
		useDebugValue(value);
		return value;
	};
}));
// node_modules/zustand/esm/vanilla.mjs
var import_with_selector = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_with_selector_production();
})))(), 1);
var createStoreImpl = (createState) => {
	let state;
	const listeners = /* @__PURE__ */ new Set();
	const setState = (partial, replace) => {
		const nextState = typeof partial === "function" ? partial(state) : partial;
		if (!Object.is(nextState, state)) {
			const previousState = state;
			state = (replace != null ? replace : typeof nextState !== "object" || nextState === null) ? nextState : Object.assign({}, state, nextState);
			listeners.forEach((listener) => listener(state, previousState));
		}
	};
	const getState = () => state;
	const getInitialState = () => initialState;
	const subscribe = (listener) => {
		listeners.add(listener);
		return () => listeners.delete(listener);
	};
	const destroy = () => {
		listeners.clear();
	};
	const api = {
		setState,
		getState,
		getInitialState,
		subscribe,
		destroy
	};
	const initialState = state = createState(setState, getState, api);
	return api;
};
var createStore$1 = (createState) => createState ? createStoreImpl(createState) : createStoreImpl;
// node_modules/zustand/esm/traditional.mjs
var { useDebugValue } = import_react.default;
var { useSyncExternalStoreWithSelector } = import_with_selector.default;
var identity = (arg) => arg;
function useStoreWithEqualityFn(api, selector = identity, equalityFn) {
	const slice = useSyncExternalStoreWithSelector(api.subscribe, api.getState, api.getServerState || api.getInitialState, selector, equalityFn);
	useDebugValue(slice);
	return slice;
}
var createWithEqualityFnImpl = (createState, defaultEqualityFn) => {
	const api = createStore$1(createState);
	const useBoundStoreWithEqualityFn = (selector, equalityFn = defaultEqualityFn) => useStoreWithEqualityFn(api, selector, equalityFn);
	Object.assign(useBoundStoreWithEqualityFn, api);
	return useBoundStoreWithEqualityFn;
};
var createWithEqualityFn = (createState, defaultEqualityFn) => createState ? createWithEqualityFnImpl(createState, defaultEqualityFn) : createWithEqualityFnImpl;
// node_modules/zustand/esm/shallow.mjs
function shallow$1(objA, objB) {
	if (Object.is(objA, objB)) return true;
	if (typeof objA !== "object" || objA === null || typeof objB !== "object" || objB === null) return false;
	if (objA instanceof Map && objB instanceof Map) {
		if (objA.size !== objB.size) return false;
		for (const [key, value] of objA) if (!Object.is(value, objB.get(key))) return false;
		return true;
	}
	if (objA instanceof Set && objB instanceof Set) {
		if (objA.size !== objB.size) return false;
		for (const value of objA) if (!objB.has(value)) return false;
		return true;
	}
	const keysA = Object.keys(objA);
	if (keysA.length !== Object.keys(objB).length) return false;
	for (const keyA of keysA) if (!Object.prototype.hasOwnProperty.call(objB, keyA) || !Object.is(objA[keyA], objB[keyA])) return false;
	return true;
}
require_react_dom();
var StoreContext = (0, import_react.createContext)(null);
var Provider$1 = StoreContext.Provider;
var zustandErrorMessage = errorMessages["error001"]("react");
/**
* This hook can be used to subscribe to internal state changes of the React Flow
* component. The `useStore` hook is re-exported from the [Zustand](https://github.com/pmndrs/zustand)
* state management library, so you should check out their docs for more details.
*
* @public
* @param selector - A selector function that returns a slice of the flow's internal state.
* Extracting or transforming just the state you need is a good practice to avoid unnecessary
* re-renders.
* @param equalityFn - A function to compare the previous and next value. This is incredibly useful
* for preventing unnecessary re-renders. Good sensible defaults are using `Object.is` or importing
* `zustand/shallow`, but you can be as granular as you like.
* @returns The selected state slice.
*
* @example
* ```ts
* const nodes = useStore((state) => state.nodes);
* ```
*
* @remarks This hook should only be used if there is no other way to access the internal
* state. For many of the common use cases, there are dedicated hooks available
* such as {@link useReactFlow}, {@link useViewport}, etc.
*/
function useStore(selector, equalityFn) {
	const store = (0, import_react.useContext)(StoreContext);
	if (store === null) throw new Error(zustandErrorMessage);
	return useStoreWithEqualityFn(store, selector, equalityFn);
}
/**
* In some cases, you might need to access the store directly. This hook returns the store object which can be used on demand to access the state or dispatch actions.
*
* @returns The store object.
* @example
* ```ts
* const store = useStoreApi();
* ```
*
* @remarks This hook should only be used if there is no other way to access the internal
* state. For many of the common use cases, there are dedicated hooks available
* such as {@link useReactFlow}, {@link useViewport}, etc.
*/
function useStoreApi() {
	const store = (0, import_react.useContext)(StoreContext);
	if (store === null) throw new Error(zustandErrorMessage);
	return (0, import_react.useMemo)(() => ({
		getState: store.getState,
		setState: store.setState,
		subscribe: store.subscribe
	}), [store]);
}
var style = { display: "none" };
var ariaLiveStyle = {
	position: "absolute",
	width: 1,
	height: 1,
	margin: -1,
	border: 0,
	padding: 0,
	overflow: "hidden",
	clip: "rect(0px, 0px, 0px, 0px)",
	clipPath: "inset(100%)"
};
var ARIA_NODE_DESC_KEY = "react-flow__node-desc";
var ARIA_EDGE_DESC_KEY = "react-flow__edge-desc";
var ARIA_LIVE_MESSAGE = "react-flow__aria-live";
var ariaLiveSelector = (s) => s.ariaLiveMessage;
var ariaLabelConfigSelector = (s) => s.ariaLabelConfig;
function AriaLiveMessage({ rfId }) {
	const ariaLiveMessage = useStore(ariaLiveSelector);
	return (0, import_jsx_runtime.jsx)("div", {
		id: `${ARIA_LIVE_MESSAGE}-${rfId}`,
		"aria-live": "assertive",
		"aria-atomic": "true",
		style: ariaLiveStyle,
		children: ariaLiveMessage
	});
}
function A11yDescriptions({ rfId, disableKeyboardA11y }) {
	const ariaLabelConfig = useStore(ariaLabelConfigSelector);
	return (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		(0, import_jsx_runtime.jsx)("div", {
			id: `${ARIA_NODE_DESC_KEY}-${rfId}`,
			style,
			children: disableKeyboardA11y ? ariaLabelConfig["node.a11yDescription.default"] : ariaLabelConfig["node.a11yDescription.keyboardDisabled"]
		}),
		(0, import_jsx_runtime.jsx)("div", {
			id: `${ARIA_EDGE_DESC_KEY}-${rfId}`,
			style,
			children: ariaLabelConfig["edge.a11yDescription.default"]
		}),
		!disableKeyboardA11y && (0, import_jsx_runtime.jsx)(AriaLiveMessage, { rfId })
	] });
}
/**
* The `<Panel />` component helps you position content above the viewport.
* It is used internally by the [`<MiniMap />`](/api-reference/components/minimap)
* and [`<Controls />`](/api-reference/components/controls) components.
*
* @public
*
* @example
* ```jsx
*import { ReactFlow, Background, Panel } from '@xyflow/react';
*
*export default function Flow() {
*  return (
*    <ReactFlow nodes={[]} fitView>
*      <Panel position="top-left">top-left</Panel>
*      <Panel position="top-center">top-center</Panel>
*      <Panel position="top-right">top-right</Panel>
*      <Panel position="bottom-left">bottom-left</Panel>
*      <Panel position="bottom-center">bottom-center</Panel>
*      <Panel position="bottom-right">bottom-right</Panel>
*    </ReactFlow>
*  );
*}
*```
*/
var Panel = (0, import_react.forwardRef)(({ position = "top-left", children, className, style, ...rest }, ref) => {
	const positionClasses = `${position}`.split("-");
	return (0, import_jsx_runtime.jsx)("div", {
		className: cc([
			"react-flow__panel",
			className,
			...positionClasses
		]),
		style,
		ref,
		...rest,
		children
	});
});
Panel.displayName = "Panel";
var link = `https://reactflow.dev?utm_source=attribution`;
/**
* React Flow is independent and entirely funded by its users.
* If you hide the attribution, please support our work by subscribing to React Flow Pro: https://reactflow.dev/remove-attribution
*/
function Attribution({ proOptions, position = "bottom-right" }) {
	(0, import_react.useEffect)(() => {}, []);
	if (proOptions?.hideAttribution) return null;
	return (0, import_jsx_runtime.jsx)(Panel, {
		position,
		className: "react-flow__attribution",
		"data-message": `Please only hide this attribution when you are subscribed to React Flow Pro: ${link}`,
		children: (0, import_jsx_runtime.jsx)("a", {
			href: link,
			target: "_blank",
			rel: "noopener noreferrer",
			"aria-label": "React Flow attribution",
			children: "React Flow"
		})
	});
}
var selector$l = (s) => {
	const selectedNodes = [];
	const selectedEdges = [];
	for (const [, node] of s.nodeLookup) if (node.selected) selectedNodes.push(node.internals.userNode);
	for (const [, edge] of s.edgeLookup) if (edge.selected) selectedEdges.push(edge);
	return {
		selectedNodes,
		selectedEdges
	};
};
var selectId = (obj) => obj.id;
function areEqual$1(a, b) {
	return shallow$1(a.selectedNodes.map(selectId), b.selectedNodes.map(selectId)) && shallow$1(a.selectedEdges.map(selectId), b.selectedEdges.map(selectId));
}
function SelectionListenerInner({ onSelectionChange }) {
	const store = useStoreApi();
	const { selectedNodes, selectedEdges } = useStore(selector$l, areEqual$1);
	(0, import_react.useEffect)(() => {
		const params = {
			nodes: selectedNodes,
			edges: selectedEdges
		};
		onSelectionChange?.(params);
		store.getState().onSelectionChangeHandlers.forEach((fn) => fn(params));
	}, [
		selectedNodes,
		selectedEdges,
		onSelectionChange
	]);
	return null;
}
var changeSelector = (s) => !!s.onSelectionChangeHandlers;
function SelectionListener({ onSelectionChange }) {
	const storeHasSelectionChangeHandlers = useStore(changeSelector);
	if (onSelectionChange || storeHasSelectionChangeHandlers) return (0, import_jsx_runtime.jsx)(SelectionListenerInner, { onSelectionChange });
	return null;
}
var defaultNodeOrigin = [0, 0];
var defaultViewport = {
	x: 0,
	y: 0,
	zoom: 1
};
var fieldsToTrack = [...[
	"nodes",
	"edges",
	"defaultNodes",
	"defaultEdges",
	"onConnect",
	"onConnectStart",
	"onConnectEnd",
	"onClickConnectStart",
	"onClickConnectEnd",
	"nodesDraggable",
	"autoPanOnNodeFocus",
	"nodesConnectable",
	"nodesFocusable",
	"edgesFocusable",
	"edgesReconnectable",
	"elevateNodesOnSelect",
	"elevateEdgesOnSelect",
	"minZoom",
	"maxZoom",
	"nodeExtent",
	"onNodesChange",
	"onEdgesChange",
	"elementsSelectable",
	"connectionMode",
	"snapGrid",
	"snapToGrid",
	"translateExtent",
	"connectOnClick",
	"defaultEdgeOptions",
	"fitView",
	"fitViewOptions",
	"onNodesDelete",
	"onEdgesDelete",
	"onDelete",
	"onNodeDrag",
	"onNodeDragStart",
	"onNodeDragStop",
	"onSelectionDrag",
	"onSelectionDragStart",
	"onSelectionDragStop",
	"onMoveStart",
	"onMove",
	"onMoveEnd",
	"noPanClassName",
	"nodeOrigin",
	"autoPanOnConnect",
	"autoPanOnNodeDrag",
	"onError",
	"connectionRadius",
	"isValidConnection",
	"selectNodesOnDrag",
	"nodeDragThreshold",
	"connectionDragThreshold",
	"onBeforeDelete",
	"debug",
	"autoPanSpeed",
	"ariaLabelConfig",
	"zIndexMode"
], "rfId"];
var selector$k = (s) => ({
	setNodes: s.setNodes,
	setEdges: s.setEdges,
	setMinZoom: s.setMinZoom,
	setMaxZoom: s.setMaxZoom,
	setTranslateExtent: s.setTranslateExtent,
	setNodeExtent: s.setNodeExtent,
	reset: s.reset,
	setDefaultNodesAndEdges: s.setDefaultNodesAndEdges
});
var initPrevValues = {
	translateExtent: infiniteExtent,
	nodeOrigin: defaultNodeOrigin,
	minZoom: .5,
	maxZoom: 2,
	elementsSelectable: true,
	noPanClassName: "nopan",
	rfId: "1"
};
function StoreUpdater(props) {
	const { setNodes, setEdges, setMinZoom, setMaxZoom, setTranslateExtent, setNodeExtent, reset, setDefaultNodesAndEdges } = useStore(selector$k, shallow$1);
	const store = useStoreApi();
	(0, import_react.useEffect)(() => {
		setDefaultNodesAndEdges(props.defaultNodes, props.defaultEdges);
		return () => {
			previousFields.current = initPrevValues;
			reset();
		};
	}, []);
	const previousFields = (0, import_react.useRef)(initPrevValues);
	(0, import_react.useEffect)(() => {
		for (const fieldName of fieldsToTrack) {
			const fieldValue = props[fieldName];
			if (fieldValue === previousFields.current[fieldName]) continue;
			if (typeof props[fieldName] === "undefined") continue;
			if (fieldName === "nodes") setNodes(fieldValue);
			else if (fieldName === "edges") setEdges(fieldValue);
			else if (fieldName === "minZoom") setMinZoom(fieldValue);
			else if (fieldName === "maxZoom") setMaxZoom(fieldValue);
			else if (fieldName === "translateExtent") setTranslateExtent(fieldValue);
			else if (fieldName === "nodeExtent") setNodeExtent(fieldValue);
			else if (fieldName === "ariaLabelConfig") store.setState({ ariaLabelConfig: mergeAriaLabelConfig(fieldValue) });
			else if (fieldName === "fitView") store.setState({ fitViewQueued: fieldValue });
			else if (fieldName === "fitViewOptions") store.setState({ fitViewOptions: fieldValue });
			else store.setState({ [fieldName]: fieldValue });
		}
		previousFields.current = props;
	}, fieldsToTrack.map((fieldName) => props[fieldName]));
	return null;
}
function getMediaQuery() {
	if (typeof window === "undefined" || !window.matchMedia) return null;
	return window.matchMedia("(prefers-color-scheme: dark)");
}
/**
* Hook for receiving the current color mode class 'dark' or 'light'.
*
* @internal
* @param colorMode - The color mode to use ('dark', 'light' or 'system')
*/
function useColorModeClass(colorMode) {
	const [colorModeClass, setColorModeClass] = (0, import_react.useState)(colorMode === "system" ? null : colorMode);
	(0, import_react.useEffect)(() => {
		if (colorMode !== "system") {
			setColorModeClass(colorMode);
			return;
		}
		const mediaQuery = getMediaQuery();
		const updateColorModeClass = () => setColorModeClass(mediaQuery?.matches ? "dark" : "light");
		updateColorModeClass();
		mediaQuery?.addEventListener("change", updateColorModeClass);
		return () => {
			mediaQuery?.removeEventListener("change", updateColorModeClass);
		};
	}, [colorMode]);
	return colorModeClass !== null ? colorModeClass : getMediaQuery()?.matches ? "dark" : "light";
}
var defaultDoc = typeof document !== "undefined" ? document : null;
/**
* This hook lets you listen for specific key codes and tells you whether they are
* currently pressed or not.
*
* @public
* @param options - Options
*
* @example
* ```tsx
*import { useKeyPress } from '@xyflow/react';
*
*export default function () {
*  const spacePressed = useKeyPress('Space');
*  const cmdAndSPressed = useKeyPress(['Meta+s', 'Strg+s']);
*
*  return (
*    <div>
*     {spacePressed && <p>Space pressed!</p>}
*     {cmdAndSPressed && <p>Cmd + S pressed!</p>}
*    </div>
*  );
*}
*```
*/
function useKeyPress(keyCode = null, options = {
	target: defaultDoc,
	actInsideInputWithModifier: true
}) {
	const [keyPressed, setKeyPressed] = (0, import_react.useState)(false);
	const modifierPressed = (0, import_react.useRef)(false);
	const pressedKeys = (0, import_react.useRef)(/* @__PURE__ */ new Set([]));
	const [keyCodes, keysToWatch] = (0, import_react.useMemo)(() => {
		if (keyCode !== null) {
			const keys = (Array.isArray(keyCode) ? keyCode : [keyCode]).filter((kc) => typeof kc === "string").map((kc) => kc.replace(/\+/g, "\n").replace("\n\n", "\n+").split("\n"));
			return [keys, keys.reduce((res, item) => res.concat(...item), [])];
		}
		return [[], []];
	}, [keyCode]);
	(0, import_react.useEffect)(() => {
		const target = options?.target ?? defaultDoc;
		const actInsideInputWithModifier = options?.actInsideInputWithModifier ?? true;
		if (keyCode !== null) {
			const downHandler = (event) => {
				modifierPressed.current = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
				if ((!modifierPressed.current || modifierPressed.current && !actInsideInputWithModifier) && isInputDOMNode(event)) return false;
				const keyOrCode = useKeyOrCode(event.code, keysToWatch);
				pressedKeys.current.add(event[keyOrCode]);
				if (isMatchingKey(keyCodes, pressedKeys.current, false)) {
					const target = event.composedPath?.()?.[0] || event.target;
					const isInteractiveElement = target?.nodeName === "BUTTON" || target?.nodeName === "A";
					if (options.preventDefault !== false && (modifierPressed.current || !isInteractiveElement)) event.preventDefault();
					setKeyPressed(true);
				}
			};
			const upHandler = (event) => {
				const keyOrCode = useKeyOrCode(event.code, keysToWatch);
				if (isMatchingKey(keyCodes, pressedKeys.current, true)) {
					setKeyPressed(false);
					pressedKeys.current.clear();
				} else pressedKeys.current.delete(event[keyOrCode]);
				if (event.key === "Meta") pressedKeys.current.clear();
				modifierPressed.current = false;
			};
			const resetHandler = () => {
				pressedKeys.current.clear();
				setKeyPressed(false);
			};
			target?.addEventListener("keydown", downHandler);
			target?.addEventListener("keyup", upHandler);
			window.addEventListener("blur", resetHandler);
			window.addEventListener("contextmenu", resetHandler);
			return () => {
				target?.removeEventListener("keydown", downHandler);
				target?.removeEventListener("keyup", upHandler);
				window.removeEventListener("blur", resetHandler);
				window.removeEventListener("contextmenu", resetHandler);
			};
		}
	}, [keyCode, setKeyPressed]);
	return keyPressed;
}
function isMatchingKey(keyCodes, pressedKeys, isUp) {
	return keyCodes.filter((keys) => isUp || keys.length === pressedKeys.size).some((keys) => keys.every((k) => pressedKeys.has(k)));
}
function useKeyOrCode(eventCode, keysToWatch) {
	return keysToWatch.includes(eventCode) ? "code" : "key";
}
/**
* Hook for getting viewport helper functions.
*
* @internal
* @returns viewport helper functions
*/
var useViewportHelper = () => {
	const store = useStoreApi();
	return (0, import_react.useMemo)(() => {
		return {
			zoomIn: async (options) => {
				const { panZoom } = store.getState();
				return panZoom ? panZoom.scaleBy(1.2, options) : false;
			},
			zoomOut: async (options) => {
				const { panZoom } = store.getState();
				return panZoom ? panZoom.scaleBy(1 / 1.2, options) : false;
			},
			zoomTo: async (zoomLevel, options) => {
				const { panZoom } = store.getState();
				return panZoom ? panZoom.scaleTo(zoomLevel, options) : false;
			},
			getZoom: () => store.getState().transform[2],
			setViewport: async (viewport, options) => {
				const { transform: [tX, tY, tZoom], panZoom } = store.getState();
				if (!panZoom) return false;
				await panZoom.setViewport({
					x: viewport.x ?? tX,
					y: viewport.y ?? tY,
					zoom: viewport.zoom ?? tZoom
				}, options);
				return true;
			},
			getViewport: () => {
				const [x, y, zoom] = store.getState().transform;
				return {
					x,
					y,
					zoom
				};
			},
			setCenter: async (x, y, options) => {
				return store.getState().setCenter(x, y, options);
			},
			fitBounds: async (bounds, options) => {
				const { width, height, minZoom, maxZoom, panZoom } = store.getState();
				const viewport = getViewportForBounds(bounds, width, height, minZoom, maxZoom, options?.padding ?? .1);
				if (!panZoom) return false;
				await panZoom.setViewport(viewport, {
					duration: options?.duration,
					ease: options?.ease,
					interpolate: options?.interpolate
				});
				return true;
			},
			screenToFlowPosition: (clientPosition, options = {}) => {
				const { transform, snapGrid, snapToGrid, domNode } = store.getState();
				if (!domNode) return clientPosition;
				const { x: domX, y: domY } = domNode.getBoundingClientRect();
				const correctedPosition = {
					x: clientPosition.x - domX,
					y: clientPosition.y - domY
				};
				const _snapGrid = options.snapGrid ?? snapGrid;
				return pointToRendererPoint(correctedPosition, transform, options.snapToGrid ?? snapToGrid, _snapGrid);
			},
			flowToScreenPosition: (flowPosition) => {
				const { transform, domNode } = store.getState();
				if (!domNode) return flowPosition;
				const { x: domX, y: domY } = domNode.getBoundingClientRect();
				const rendererPosition = rendererPointToPoint(flowPosition, transform);
				return {
					x: rendererPosition.x + domX,
					y: rendererPosition.y + domY
				};
			}
		};
	}, []);
};
function applyChanges(changes, elements) {
	const updatedElements = [];
	const changesMap = /* @__PURE__ */ new Map();
	const addItemChanges = [];
	for (const change of changes) if (change.type === "add") {
		addItemChanges.push(change);
		continue;
	} else if (change.type === "remove" || change.type === "replace") changesMap.set(change.id, [change]);
	else {
		const elementChanges = changesMap.get(change.id);
		if (elementChanges) elementChanges.push(change);
		else changesMap.set(change.id, [change]);
	}
	for (const element of elements) {
		const changes = changesMap.get(element.id);
		if (!changes) {
			updatedElements.push(element);
			continue;
		}
		if (changes[0].type === "remove") continue;
		if (changes[0].type === "replace") {
			updatedElements.push({ ...changes[0].item });
			continue;
		}
		/**
		* For other types of changes, we want to start with a shallow copy of the
		* object so React knows this element has changed. Sequential changes will
		* each _mutate_ this object, so there's only ever one copy.
		*/
		const updatedElement = { ...element };
		for (const change of changes) applyChange(change, updatedElement);
		updatedElements.push(updatedElement);
	}
	if (addItemChanges.length) addItemChanges.forEach((change) => {
		if (change.index !== void 0) updatedElements.splice(change.index, 0, { ...change.item });
		else updatedElements.push({ ...change.item });
	});
	return updatedElements;
}
function applyChange(change, element) {
	switch (change.type) {
		case "select":
			element.selected = change.selected;
			break;
		case "position":
			if (typeof change.position !== "undefined") element.position = change.position;
			if (typeof change.dragging !== "undefined") element.dragging = change.dragging;
			break;
		case "dimensions":
			if (typeof change.dimensions !== "undefined") {
				element.measured = { ...change.dimensions };
				if (change.setAttributes) {
					if (change.setAttributes === true || change.setAttributes === "width") element.width = change.dimensions.width;
					if (change.setAttributes === true || change.setAttributes === "height") element.height = change.dimensions.height;
				}
			}
			if (typeof change.resizing === "boolean") element.resizing = change.resizing;
	}
}
/**
* Drop in function that applies node changes to an array of nodes.
* @public
* @param changes - Array of changes to apply.
* @param nodes - Array of nodes to apply the changes to.
* @returns Array of updated nodes.
* @example
*```tsx
*import { useState, useCallback } from 'react';
*import { ReactFlow, applyNodeChanges, type Node, type Edge, type OnNodesChange } from '@xyflow/react';
*
*export default function Flow() {
*  const [nodes, setNodes] = useState<Node[]>([]);
*  const [edges, setEdges] = useState<Edge[]>([]);
*  const onNodesChange: OnNodesChange = useCallback(
*    (changes) => {
*      setNodes((oldNodes) => applyNodeChanges(changes, oldNodes));
*    },
*    [setNodes],
*  );
*
*  return (
*    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} />
*  );
*}
*```
* @remarks Various events on the <ReactFlow /> component can produce an {@link NodeChange}
* that describes how to update the edges of your flow in some way.
* If you don't need any custom behaviour, this util can be used to take an array
* of these changes and apply them to your edges.
*/
function applyNodeChanges(changes, nodes) {
	return applyChanges(changes, nodes);
}
/**
* Drop in function that applies edge changes to an array of edges.
* @public
* @param changes - Array of changes to apply.
* @param edges - Array of edge to apply the changes to.
* @returns Array of updated edges.
* @example
* ```tsx
*import { useState, useCallback } from 'react';
*import { ReactFlow, applyEdgeChanges } from '@xyflow/react';
*
*export default function Flow() {
*  const [nodes, setNodes] = useState([]);
*  const [edges, setEdges] = useState([]);
*  const onEdgesChange = useCallback(
*    (changes) => {
*      setEdges((oldEdges) => applyEdgeChanges(changes, oldEdges));
*    },
*    [setEdges],
*  );
*
*  return (
*    <ReactFlow nodes={nodes} edges={edges} onEdgesChange={onEdgesChange} />
*  );
*}
*```
* @remarks Various events on the <ReactFlow /> component can produce an {@link EdgeChange}
* that describes how to update the edges of your flow in some way.
* If you don't need any custom behaviour, this util can be used to take an array
* of these changes and apply them to your edges.
*/
function applyEdgeChanges(changes, edges) {
	return applyChanges(changes, edges);
}
function createSelectionChange(id, selected) {
	return {
		id,
		type: "select",
		selected
	};
}
function getSelectionChanges(items, selectedIds = /* @__PURE__ */ new Set()) {
	const changes = [];
	for (const [id, item] of items) {
		const willBeSelected = selectedIds.has(id);
		if (!(item.selected === void 0 && !willBeSelected) && item.selected !== willBeSelected) changes.push(createSelectionChange(item.id, willBeSelected));
	}
	return changes;
}
function getElementsDiffChanges({ items = [], lookup }) {
	const changes = [];
	const itemsLookup = new Map(items.map((item) => [item.id, item]));
	for (const [index, item] of items.entries()) {
		const lookupItem = lookup.get(item.id);
		const storeItem = lookupItem?.internals?.userNode ?? lookupItem;
		if (storeItem !== void 0 && storeItem !== item) changes.push({
			id: item.id,
			item,
			type: "replace"
		});
		if (storeItem === void 0) changes.push({
			item,
			type: "add",
			index
		});
	}
	for (const [id] of lookup) if (itemsLookup.get(id) === void 0) changes.push({
		id,
		type: "remove"
	});
	return changes;
}
function elementToRemoveChange(item) {
	return {
		id: item.id,
		type: "remove"
	};
}
var defaultOnError = createDevWarn("React Flow", "https://reactflow.dev/");
function addEdge(edgeParams, edges, options = {}) {
	return addEdge$1(edgeParams, edges, {
		...options,
		onError: options.onError ?? defaultOnError
	});
}
/**
* Test whether an object is usable as an [`Node`](/api-reference/types/node).
* In TypeScript this is a type guard that will narrow the type of whatever you pass in to
* [`Node`](/api-reference/types/node) if it returns `true`.
*
* @public
* @remarks In TypeScript this is a type guard that will narrow the type of whatever you pass in to Node if it returns true
* @param element - The element to test.
* @returns Tests whether the provided value can be used as a `Node`. If you're using TypeScript,
* this function acts as a type guard and will narrow the type of the value to `Node` if it returns
* `true`.
*
* @example
* ```js
*import { isNode } from '@xyflow/react';
*
*if (isNode(node)) {
* // ...
*}
*```
*/
var isNode = (element) => isNodeBase(element);
/**
* Test whether an object is usable as an [`Edge`](/api-reference/types/edge).
* In TypeScript this is a type guard that will narrow the type of whatever you pass in to
* [`Edge`](/api-reference/types/edge) if it returns `true`.
*
* @public
* @remarks In TypeScript this is a type guard that will narrow the type of whatever you pass in to Edge if it returns true
* @param element - The element to test
* @returns Tests whether the provided value can be used as an `Edge`. If you're using TypeScript,
* this function acts as a type guard and will narrow the type of the value to `Edge` if it returns
* `true`.
*
* @example
* ```js
*import { isEdge } from '@xyflow/react';
*
*if (isEdge(edge)) {
* // ...
*}
*```
*/
var isEdge = (element) => isEdgeBase(element);
function fixedForwardRef(render) {
	return (0, import_react.forwardRef)(render);
}
var useIsomorphicLayoutEffect = typeof window !== "undefined" ? import_react.useLayoutEffect : import_react.useEffect;
/**
* This hook returns a queue that can be used to batch updates.
*
* @param runQueue - a function that gets called when the queue is flushed
* @internal
*
* @returns a Queue object
*/
function useQueue(runQueue) {
	const [serial, setSerial] = (0, import_react.useState)(BigInt(0));
	const [queue] = (0, import_react.useState)(() => createQueue(() => setSerial((n) => n + BigInt(1))));
	useIsomorphicLayoutEffect(() => {
		const queueItems = queue.get();
		if (queueItems.length) {
			runQueue(queueItems);
			queue.reset();
		}
	}, [serial]);
	return queue;
}
function createQueue(cb) {
	let queue = [];
	return {
		get: () => queue,
		reset: () => {
			queue = [];
		},
		push: (item) => {
			queue.push(item);
			cb();
		}
	};
}
var BatchContext = (0, import_react.createContext)(null);
/**
* This is a context provider that holds and processes the node and edge update queues
* that are needed to handle setNodes, addNodes, setEdges and addEdges.
*
* @internal
*/
function BatchProvider({ children }) {
	const store = useStoreApi();
	const nodeQueue = useQueue((0, import_react.useCallback)((queueItems) => {
		const { nodes = [], setNodes, hasDefaultNodes, onNodesChange, nodeLookup, fitViewQueued, onNodesChangeMiddlewareMap } = store.getState();
		let next = nodes;
		for (const payload of queueItems) next = typeof payload === "function" ? payload(next) : payload;
		let changes = getElementsDiffChanges({
			items: next,
			lookup: nodeLookup
		});
		for (const middleware of onNodesChangeMiddlewareMap.values()) changes = middleware(changes);
		if (hasDefaultNodes) setNodes(next);
		if (changes.length > 0) onNodesChange?.(changes);
		else if (fitViewQueued) window.requestAnimationFrame(() => {
			const { fitViewQueued, nodes, setNodes } = store.getState();
			if (fitViewQueued) setNodes(nodes);
		});
	}, []));
	const edgeQueue = useQueue((0, import_react.useCallback)((queueItems) => {
		const { edges = [], setEdges, hasDefaultEdges, onEdgesChange, edgeLookup } = store.getState();
		let next = edges;
		for (const payload of queueItems) next = typeof payload === "function" ? payload(next) : payload;
		if (hasDefaultEdges) setEdges(next);
		else if (onEdgesChange) onEdgesChange(getElementsDiffChanges({
			items: next,
			lookup: edgeLookup
		}));
	}, []));
	const value = (0, import_react.useMemo)(() => ({
		nodeQueue,
		edgeQueue
	}), []);
	return (0, import_jsx_runtime.jsx)(BatchContext.Provider, {
		value,
		children
	});
}
function useBatchContext() {
	const batchContext = (0, import_react.useContext)(BatchContext);
	if (!batchContext) throw new Error("useBatchContext must be used within a BatchProvider");
	return batchContext;
}
var selector$j = (s) => !!s.panZoom;
/**
* This hook returns a ReactFlowInstance that can be used to update nodes and edges, manipulate the viewport, or query the current state of the flow.
*
* @public
* @example
* ```jsx
*import { useCallback, useState } from 'react';
*import { useReactFlow } from '@xyflow/react';
*
*export function NodeCounter() {
*  const reactFlow = useReactFlow();
*  const [count, setCount] = useState(0);
*  const countNodes = useCallback(() => {
*    setCount(reactFlow.getNodes().length);
*    // you need to pass it as a dependency if you are using it with useEffect or useCallback
*    // because at the first render, it's not initialized yet and some functions might not work.
*  }, [reactFlow]);
*
*  return (
*    <div>
*      <button onClick={countNodes}>Update count</button>
*      <p>There are {count} nodes in the flow.</p>
*    </div>
*  );
*}
*```
*/
function useReactFlow() {
	const viewportHelper = useViewportHelper();
	const store = useStoreApi();
	const batchContext = useBatchContext();
	const viewportInitialized = useStore(selector$j);
	const generalHelper = (0, import_react.useMemo)(() => {
		const getInternalNode = (id) => store.getState().nodeLookup.get(id);
		const setNodes = (payload) => {
			batchContext.nodeQueue.push(payload);
		};
		const setEdges = (payload) => {
			batchContext.edgeQueue.push(payload);
		};
		const getNodeRect = (node) => {
			const { nodeLookup, nodeOrigin } = store.getState();
			const nodeToUse = isNode(node) ? node : nodeLookup.get(node.id);
			const position = nodeToUse.parentId ? evaluateAbsolutePosition(nodeToUse.position, nodeToUse.measured, nodeToUse.parentId, nodeLookup, nodeOrigin) : nodeToUse.position;
			return nodeToRect({
				...nodeToUse,
				position,
				width: nodeToUse.measured?.width ?? nodeToUse.width,
				height: nodeToUse.measured?.height ?? nodeToUse.height
			}, nodeToUse.parentId ? void 0 : nodeOrigin);
		};
		const updateNode = (id, nodeUpdate, options = { replace: false }) => {
			setNodes((prevNodes) => prevNodes.map((node) => {
				if (node.id === id) {
					const nextNode = typeof nodeUpdate === "function" ? nodeUpdate(node) : nodeUpdate;
					return options.replace && isNode(nextNode) ? nextNode : {
						...node,
						...nextNode
					};
				}
				return node;
			}));
		};
		const updateEdge = (id, edgeUpdate, options = { replace: false }) => {
			setEdges((prevEdges) => prevEdges.map((edge) => {
				if (edge.id === id) {
					const nextEdge = typeof edgeUpdate === "function" ? edgeUpdate(edge) : edgeUpdate;
					return options.replace && isEdge(nextEdge) ? nextEdge : {
						...edge,
						...nextEdge
					};
				}
				return edge;
			}));
		};
		return {
			getNodes: () => store.getState().nodes.map((n) => ({ ...n })),
			getNode: (id) => getInternalNode(id)?.internals.userNode,
			getInternalNode,
			getEdges: () => {
				const { edges = [] } = store.getState();
				return edges.map((e) => ({ ...e }));
			},
			getEdge: (id) => store.getState().edgeLookup.get(id),
			setNodes,
			setEdges,
			addNodes: (payload) => {
				const newNodes = Array.isArray(payload) ? payload : [payload];
				batchContext.nodeQueue.push((nodes) => [...nodes, ...newNodes]);
			},
			addEdges: (payload) => {
				const newEdges = Array.isArray(payload) ? payload : [payload];
				batchContext.edgeQueue.push((edges) => [...edges, ...newEdges]);
			},
			toObject: () => {
				const { nodes = [], edges = [], transform } = store.getState();
				const [x, y, zoom] = transform;
				return {
					nodes: nodes.map((n) => ({ ...n })),
					edges: edges.map((e) => ({ ...e })),
					viewport: {
						x,
						y,
						zoom
					}
				};
			},
			deleteElements: async ({ nodes: nodesToRemove = [], edges: edgesToRemove = [] }) => {
				const { nodes, edges, onNodesDelete, onEdgesDelete, triggerNodeChanges, triggerEdgeChanges, onDelete, onBeforeDelete } = store.getState();
				const { nodes: matchingNodes, edges: matchingEdges } = await getElementsToRemove({
					nodesToRemove,
					edgesToRemove,
					nodes,
					edges,
					onBeforeDelete
				});
				const hasMatchingEdges = matchingEdges.length > 0;
				const hasMatchingNodes = matchingNodes.length > 0;
				if (hasMatchingEdges) {
					const edgeChanges = matchingEdges.map(elementToRemoveChange);
					onEdgesDelete?.(matchingEdges);
					triggerEdgeChanges(edgeChanges);
				}
				if (hasMatchingNodes) {
					const nodeChanges = matchingNodes.map(elementToRemoveChange);
					onNodesDelete?.(matchingNodes);
					triggerNodeChanges(nodeChanges);
				}
				if (hasMatchingNodes || hasMatchingEdges) onDelete?.({
					nodes: matchingNodes,
					edges: matchingEdges
				});
				return {
					deletedNodes: matchingNodes,
					deletedEdges: matchingEdges
				};
			},
			/**
			* Partial is defined as "the 2 nodes/areas are intersecting partially".
			* If a is contained in b or b is contained in a, they are both
			* considered fully intersecting.
			*/
			getIntersectingNodes: (nodeOrRect, partially = true, nodes) => {
				const isRect = isRectObject(nodeOrRect);
				const nodeRect = isRect ? nodeOrRect : getNodeRect(nodeOrRect);
				const hasNodesOption = nodes !== void 0;
				if (!nodeRect) return [];
				const { nodeOrigin } = store.getState();
				return (nodes || store.getState().nodes).filter((n) => {
					const internalNode = store.getState().nodeLookup.get(n.id);
					if (internalNode && !isRect && (n.id === nodeOrRect.id || !internalNode.internals.positionAbsolute)) return false;
					const currNodeRect = nodeToRect(hasNodesOption ? n : internalNode, nodeOrigin);
					const overlappingArea = getOverlappingArea(currNodeRect, nodeRect);
					return partially && overlappingArea > 0 || overlappingArea >= currNodeRect.width * currNodeRect.height || overlappingArea >= nodeRect.width * nodeRect.height;
				});
			},
			isNodeIntersecting: (nodeOrRect, area, partially = true) => {
				const nodeRect = isRectObject(nodeOrRect) ? nodeOrRect : getNodeRect(nodeOrRect);
				if (!nodeRect) return false;
				const overlappingArea = getOverlappingArea(nodeRect, area);
				return partially && overlappingArea > 0 || overlappingArea >= area.width * area.height || overlappingArea >= nodeRect.width * nodeRect.height;
			},
			updateNode,
			updateNodeData: (id, dataUpdate, options = { replace: false }) => {
				updateNode(id, (node) => {
					const nextData = typeof dataUpdate === "function" ? dataUpdate(node) : dataUpdate;
					return options.replace ? {
						...node,
						data: nextData
					} : {
						...node,
						data: {
							...node.data,
							...nextData
						}
					};
				}, options);
			},
			updateEdge,
			updateEdgeData: (id, dataUpdate, options = { replace: false }) => {
				updateEdge(id, (edge) => {
					const nextData = typeof dataUpdate === "function" ? dataUpdate(edge) : dataUpdate;
					return options.replace ? {
						...edge,
						data: nextData
					} : {
						...edge,
						data: {
							...edge.data,
							...nextData
						}
					};
				}, options);
			},
			getNodesBounds: (nodes) => {
				const { nodeLookup, nodeOrigin } = store.getState();
				return getNodesBounds(nodes, {
					nodeLookup,
					nodeOrigin
				});
			},
			getHandleConnections: ({ type, id, nodeId }) => Array.from(store.getState().connectionLookup.get(`${nodeId}-${type}${id ? `-${id}` : ""}`)?.values() ?? []),
			getNodeConnections: ({ type, handleId, nodeId }) => Array.from(store.getState().connectionLookup.get(`${nodeId}${type ? handleId ? `-${type}-${handleId}` : `-${type}` : ""}`)?.values() ?? []),
			fitView: async (options) => {
				const fitViewResolver = store.getState().fitViewResolver ?? withResolvers();
				store.setState({
					fitViewQueued: true,
					fitViewOptions: options,
					fitViewResolver
				});
				batchContext.nodeQueue.push((nodes) => [...nodes]);
				return fitViewResolver.promise;
			}
		};
	}, []);
	return (0, import_react.useMemo)(() => {
		return {
			...generalHelper,
			...viewportHelper,
			viewportInitialized
		};
	}, [viewportInitialized]);
}
var selected = (item) => item.selected;
var win$1 = typeof window !== "undefined" ? window : void 0;
/**
* Hook for handling global key events.
*
* @internal
*/
function useGlobalKeyHandler({ deleteKeyCode, multiSelectionKeyCode }) {
	const store = useStoreApi();
	const { deleteElements } = useReactFlow();
	const deleteKeyPressed = useKeyPress(deleteKeyCode, { actInsideInputWithModifier: false });
	const multiSelectionKeyPressed = useKeyPress(multiSelectionKeyCode, { target: win$1 });
	(0, import_react.useEffect)(() => {
		if (deleteKeyPressed) {
			const { edges, nodes } = store.getState();
			deleteElements({
				nodes: nodes.filter(selected),
				edges: edges.filter(selected)
			});
			store.setState({ nodesSelectionActive: false });
		}
	}, [deleteKeyPressed]);
	(0, import_react.useEffect)(() => {
		store.setState({ multiSelectionActive: multiSelectionKeyPressed });
	}, [multiSelectionKeyPressed]);
}
/**
* Hook for handling resize events.
*
* @internal
*/
function useResizeHandler(domNode) {
	const store = useStoreApi();
	(0, import_react.useEffect)(() => {
		const updateDimensions = () => {
			if (!domNode.current || !(domNode.current.checkVisibility?.() ?? true)) return false;
			const size = getDimensions(domNode.current);
			if (size.height === 0 || size.width === 0) store.getState().onError?.("004", errorMessages["error004"]());
			store.setState({
				width: size.width || 500,
				height: size.height || 500
			});
		};
		if (domNode.current) {
			updateDimensions();
			window.addEventListener("resize", updateDimensions);
			const resizeObserver = new ResizeObserver(() => updateDimensions());
			resizeObserver.observe(domNode.current);
			return () => {
				window.removeEventListener("resize", updateDimensions);
				resizeObserver.disconnect();
			};
		}
	}, []);
}
var containerStyle = {
	position: "absolute",
	width: "100%",
	height: "100%",
	top: 0,
	left: 0
};
var selector$i = (s) => ({
	userSelectionActive: s.userSelectionActive,
	lib: s.lib,
	connectionInProgress: s.connection.inProgress
});
function ZoomPane({ onPaneContextMenu, zoomOnScroll = true, zoomOnPinch = true, panOnScroll = false, panActivationKeyPressed, panOnScrollSpeed = .5, panOnScrollMode = PanOnScrollMode.Free, zoomOnDoubleClick = true, panOnDrag = true, defaultViewport, translateExtent, minZoom, maxZoom, zoomActivationKeyCode, preventScrolling = true, children, noWheelClassName, noPanClassName, onViewportChange, isControlledViewport, paneClickDistance, selectionOnDrag }) {
	const store = useStoreApi();
	const zoomPane = (0, import_react.useRef)(null);
	const { userSelectionActive, lib, connectionInProgress } = useStore(selector$i, shallow$1);
	const zoomActivationKeyPressed = useKeyPress(zoomActivationKeyCode);
	const panZoom = (0, import_react.useRef)();
	useResizeHandler(zoomPane);
	const onTransformChange = (0, import_react.useCallback)((transform) => {
		onViewportChange?.({
			x: transform[0],
			y: transform[1],
			zoom: transform[2]
		});
		if (!isControlledViewport) store.setState({ transform });
	}, [onViewportChange, isControlledViewport]);
	(0, import_react.useEffect)(() => {
		if (zoomPane.current) {
			panZoom.current = XYPanZoom({
				domNode: zoomPane.current,
				minZoom,
				maxZoom,
				translateExtent,
				viewport: defaultViewport,
				onDraggingChange: (paneDragging) => store.setState((prevState) => prevState.paneDragging === paneDragging ? prevState : { paneDragging }),
				onPanZoomStart: (event, vp) => {
					const { onViewportChangeStart, onMoveStart } = store.getState();
					onMoveStart?.(event, vp);
					onViewportChangeStart?.(vp);
				},
				onPanZoom: (event, vp) => {
					const { onViewportChange, onMove } = store.getState();
					onMove?.(event, vp);
					onViewportChange?.(vp);
				},
				onPanZoomEnd: (event, vp) => {
					const { onViewportChangeEnd, onMoveEnd } = store.getState();
					onMoveEnd?.(event, vp);
					onViewportChangeEnd?.(vp);
				}
			});
			const { x, y, zoom } = panZoom.current.getViewport();
			store.setState({
				panZoom: panZoom.current,
				transform: [
					x,
					y,
					zoom
				],
				domNode: zoomPane.current.closest(".react-flow")
			});
			return () => {
				panZoom.current?.destroy();
			};
		}
	}, []);
	(0, import_react.useEffect)(() => {
		panZoom.current?.update({
			onPaneContextMenu,
			zoomOnScroll,
			zoomOnPinch,
			panOnScroll,
			panActivationKeyPressed,
			panOnScrollSpeed,
			panOnScrollMode,
			zoomOnDoubleClick,
			panOnDrag,
			zoomActivationKeyPressed,
			preventScrolling,
			noPanClassName,
			userSelectionActive,
			noWheelClassName,
			lib,
			onTransformChange,
			connectionInProgress,
			selectionOnDrag,
			paneClickDistance
		});
	}, [
		onPaneContextMenu,
		zoomOnScroll,
		zoomOnPinch,
		panOnScroll,
		panActivationKeyPressed,
		panOnScrollSpeed,
		panOnScrollMode,
		zoomOnDoubleClick,
		panOnDrag,
		zoomActivationKeyPressed,
		preventScrolling,
		noPanClassName,
		userSelectionActive,
		noWheelClassName,
		lib,
		onTransformChange,
		connectionInProgress,
		selectionOnDrag,
		paneClickDistance
	]);
	return (0, import_jsx_runtime.jsx)("div", {
		className: "react-flow__renderer",
		ref: zoomPane,
		style: containerStyle,
		children
	});
}
var selector$h = (s) => ({
	userSelectionActive: s.userSelectionActive,
	userSelectionRect: s.userSelectionRect
});
function UserSelection() {
	const { userSelectionActive, userSelectionRect } = useStore(selector$h, shallow$1);
	if (!(userSelectionActive && userSelectionRect)) return null;
	return (0, import_jsx_runtime.jsx)("div", {
		className: "react-flow__selection react-flow__container",
		style: {
			width: userSelectionRect.width,
			height: userSelectionRect.height,
			transform: `translate(${userSelectionRect.x}px, ${userSelectionRect.y}px)`
		}
	});
}
var wrapHandler = (handler, containerRef) => {
	return (event) => {
		if (event.target !== containerRef.current) return;
		handler?.(event);
	};
};
var selector$g = (s) => ({
	userSelectionActive: s.userSelectionActive,
	elementsSelectable: s.elementsSelectable,
	dragging: s.paneDragging,
	panBy: s.panBy,
	autoPanSpeed: s.autoPanSpeed
});
function Pane({ isSelecting, selectionKeyPressed, selectionMode = SelectionMode.Full, panOnDrag, autoPanOnSelection, paneClickDistance, selectionOnDrag, onSelectionStart, onSelectionEnd, onPaneClick, onPaneContextMenu, onPaneScroll, onPaneMouseEnter, onPaneMouseMove, onPaneMouseLeave, children }) {
	const autoPanId = (0, import_react.useRef)(0);
	const store = useStoreApi();
	const { userSelectionActive, elementsSelectable, dragging, panBy, autoPanSpeed } = useStore(selector$g, shallow$1);
	const isSelectionEnabled = elementsSelectable && (isSelecting || userSelectionActive);
	const container = (0, import_react.useRef)(null);
	const containerBounds = (0, import_react.useRef)();
	const selectedNodeIds = (0, import_react.useRef)(/* @__PURE__ */ new Set());
	const selectedEdgeIds = (0, import_react.useRef)(/* @__PURE__ */ new Set());
	const connectionEndedOnPane = (0, import_react.useRef)(false);
	const selectionInProgress = (0, import_react.useRef)(false);
	const position = (0, import_react.useRef)({
		x: 0,
		y: 0
	});
	const autoPanStarted = (0, import_react.useRef)(false);
	const onClick = (event) => {
		if (selectionInProgress.current || connectionEndedOnPane.current || store.getState().connection.inProgress) {
			selectionInProgress.current = false;
			connectionEndedOnPane.current = false;
			return;
		}
		const { connectionClickStartHandle, connection, onClickConnectEnd, resetSelectedElements } = store.getState();
		if (connectionClickStartHandle) {
			const connectionClone = structuredClone(connection);
			delete connectionClone.inProgress;
			connectionClone.toPosition = connectionClone.toHandle ? connectionClone.toHandle.position : null;
			onClickConnectEnd?.(event.nativeEvent, connectionClone);
			store.setState({ connectionClickStartHandle: null });
		}
		onPaneClick?.(event);
		resetSelectedElements();
		store.setState({ nodesSelectionActive: false });
	};
	const onContextMenu = (event) => {
		if (Array.isArray(panOnDrag) && panOnDrag?.includes(2)) {
			event.preventDefault();
			return;
		}
		onPaneContextMenu?.(event);
	};
	const onWheel = onPaneScroll ? (event) => onPaneScroll(event) : void 0;
	const onClickCapture = (event) => {
		if (selectionInProgress.current) {
			event.stopPropagation();
			selectionInProgress.current = false;
		}
	};
	const onPointerDownCapture = (event) => {
		if (event.pointerType === "touch" && panOnDrag !== false && !selectionKeyPressed) return;
		const { domNode, transform } = store.getState();
		containerBounds.current = domNode?.getBoundingClientRect();
		if (!containerBounds.current) return;
		const eventTargetIsContainer = event.target === container.current;
		if (!eventTargetIsContainer && !!event.target.closest(".nokey") || !isSelecting || !(selectionOnDrag && eventTargetIsContainer || selectionKeyPressed) || event.button !== 0 || !event.isPrimary) return;
		event.target?.setPointerCapture?.(event.pointerId);
		selectionInProgress.current = false;
		const { x, y } = getEventPosition(event.nativeEvent, containerBounds.current);
		const userSelectionStartPosition = pointToRendererPoint({
			x,
			y
		}, transform);
		store.setState({ userSelectionRect: {
			width: 0,
			height: 0,
			startX: userSelectionStartPosition.x,
			startY: userSelectionStartPosition.y,
			x,
			y
		} });
		if (!eventTargetIsContainer) {
			event.stopPropagation();
			event.preventDefault();
		}
	};
	function commitUserSelectionRect(mouseX, mouseY) {
		const { userSelectionRect } = store.getState();
		if (!userSelectionRect) return;
		const { transform, nodeLookup, edgeLookup, connectionLookup, triggerNodeChanges, triggerEdgeChanges, defaultEdgeOptions } = store.getState();
		const userStartPosition = {
			x: userSelectionRect.startX,
			y: userSelectionRect.startY
		};
		const { x: screenStartX, y: screenStartY } = rendererPointToPoint(userStartPosition, transform);
		const nextUserSelectRect = {
			startX: userStartPosition.x,
			startY: userStartPosition.y,
			x: mouseX < screenStartX ? mouseX : screenStartX,
			y: mouseY < screenStartY ? mouseY : screenStartY,
			width: Math.abs(mouseX - screenStartX),
			height: Math.abs(mouseY - screenStartY)
		};
		const prevSelectedNodeIds = selectedNodeIds.current;
		const prevSelectedEdgeIds = selectedEdgeIds.current;
		selectedNodeIds.current = new Set(getNodesInside(nodeLookup, nextUserSelectRect, transform, selectionMode === SelectionMode.Partial, true).map((node) => node.id));
		selectedEdgeIds.current = /* @__PURE__ */ new Set();
		const edgesSelectable = defaultEdgeOptions?.selectable ?? true;
		for (const nodeId of selectedNodeIds.current) {
			const connections = connectionLookup.get(nodeId);
			if (!connections) continue;
			for (const { edgeId } of connections.values()) {
				const edge = edgeLookup.get(edgeId);
				if (edge && (edge.selectable ?? edgesSelectable)) selectedEdgeIds.current.add(edgeId);
			}
		}
		if (!areSetsEqual(prevSelectedNodeIds, selectedNodeIds.current)) triggerNodeChanges(getSelectionChanges(nodeLookup, selectedNodeIds.current));
		if (!areSetsEqual(prevSelectedEdgeIds, selectedEdgeIds.current)) triggerEdgeChanges(getSelectionChanges(edgeLookup, selectedEdgeIds.current));
		store.setState({
			userSelectionRect: nextUserSelectRect,
			userSelectionActive: true,
			nodesSelectionActive: false
		});
	}
	function autoPan() {
		if (!autoPanOnSelection || !containerBounds.current) return;
		const [x, y] = calcAutoPan(position.current, containerBounds.current, autoPanSpeed);
		panBy({
			x,
			y
		}).then((panned) => {
			if (!selectionInProgress.current || !panned) {
				autoPanId.current = requestAnimationFrame(autoPan);
				return;
			}
			const { x: mx, y: my } = position.current;
			commitUserSelectionRect(mx, my);
			autoPanId.current = requestAnimationFrame(autoPan);
		});
	}
	const cleanupAutoPan = () => {
		cancelAnimationFrame(autoPanId.current);
		autoPanId.current = 0;
		autoPanStarted.current = false;
	};
	(0, import_react.useEffect)(() => {
		return () => cleanupAutoPan();
	}, []);
	const onPointerMove = (event) => {
		const { userSelectionRect, transform, resetSelectedElements } = store.getState();
		if (!containerBounds.current || !userSelectionRect) return;
		const { x: mouseX, y: mouseY } = getEventPosition(event.nativeEvent, containerBounds.current);
		position.current = {
			x: mouseX,
			y: mouseY
		};
		const screenStart = rendererPointToPoint({
			x: userSelectionRect.startX,
			y: userSelectionRect.startY
		}, transform);
		if (!selectionInProgress.current) {
			const requiredDistance = selectionKeyPressed ? 0 : paneClickDistance;
			if (Math.hypot(mouseX - screenStart.x, mouseY - screenStart.y) <= requiredDistance) return;
			resetSelectedElements();
			onSelectionStart?.(event);
		}
		selectionInProgress.current = true;
		if (!autoPanStarted.current) {
			autoPan();
			autoPanStarted.current = true;
		}
		commitUserSelectionRect(mouseX, mouseY);
	};
	const onPointerUp = (event) => {
		if (!isSelectionEnabled) {
			if (event.target === container.current && store.getState().connection.inProgress) connectionEndedOnPane.current = true;
			return;
		}
		if (event.button !== 0) return;
		event.target?.releasePointerCapture?.(event.pointerId);
		if (!userSelectionActive && event.target === container.current && store.getState().userSelectionRect) onClick?.(event);
		store.setState({
			userSelectionActive: false,
			userSelectionRect: null
		});
		if (selectionInProgress.current) {
			onSelectionEnd?.(event);
			store.setState({ nodesSelectionActive: selectedNodeIds.current.size > 0 });
		}
		cleanupAutoPan();
	};
	const onPointerCancel = (event) => {
		event.target?.releasePointerCapture?.(event.pointerId);
		cleanupAutoPan();
	};
	const draggable = panOnDrag === true || Array.isArray(panOnDrag) && panOnDrag.includes(0);
	return (0, import_jsx_runtime.jsxs)("div", {
		className: cc(["react-flow__pane", {
			draggable,
			dragging,
			selection: isSelecting
		}]),
		onClick: isSelectionEnabled ? void 0 : wrapHandler(onClick, container),
		onContextMenu: wrapHandler(onContextMenu, container),
		onWheel: wrapHandler(onWheel, container),
		onPointerEnter: isSelectionEnabled ? void 0 : onPaneMouseEnter,
		onPointerMove: isSelectionEnabled ? onPointerMove : onPaneMouseMove,
		onPointerUp,
		onPointerCancel: isSelectionEnabled ? onPointerCancel : void 0,
		onPointerDownCapture: isSelectionEnabled ? onPointerDownCapture : void 0,
		onClickCapture: isSelectionEnabled ? onClickCapture : void 0,
		onPointerLeave: onPaneMouseLeave,
		ref: container,
		style: containerStyle,
		children: [children, (0, import_jsx_runtime.jsx)(UserSelection, {})]
	});
}
function handleNodeClick({ id, store, unselect = false, nodeRef }) {
	const { addSelectedNodes, unselectNodesAndEdges, multiSelectionActive, nodeLookup, onError } = store.getState();
	const node = nodeLookup.get(id);
	if (!node) {
		onError?.("012", errorMessages["error012"](id));
		return;
	}
	store.setState({ nodesSelectionActive: false });
	if (!node.selected) addSelectedNodes([id]);
	else if (unselect || node.selected && multiSelectionActive) {
		unselectNodesAndEdges({
			nodes: [node],
			edges: []
		});
		requestAnimationFrame(() => nodeRef?.current?.blur());
	}
}
/**
* Hook for calling XYDrag helper from @xyflow/system.
*
* @internal
*/
function useDrag({ nodeRef, disabled = false, noDragClassName, handleSelector, nodeId, isSelectable, nodeClickDistance }) {
	const store = useStoreApi();
	const [dragging, setDragging] = (0, import_react.useState)(false);
	const xyDrag = (0, import_react.useRef)();
	(0, import_react.useEffect)(() => {
		if (disabled) return;
		xyDrag.current = XYDrag({
			getStoreItems: () => store.getState(),
			onNodeMouseDown: (id) => {
				handleNodeClick({
					id,
					store,
					nodeRef
				});
			},
			onDragStart: () => {
				setDragging(true);
			},
			onDragStop: () => {
				setDragging(false);
			}
		});
		return () => {
			xyDrag.current?.destroy();
			xyDrag.current = void 0;
		};
	}, [
		disabled,
		store,
		nodeRef
	]);
	(0, import_react.useEffect)(() => {
		if (disabled || !nodeRef.current || !xyDrag.current) return;
		xyDrag.current.update({
			noDragClassName,
			handleSelector,
			domNode: nodeRef.current,
			isSelectable,
			nodeId,
			nodeClickDistance
		});
	}, [
		noDragClassName,
		handleSelector,
		disabled,
		isSelectable,
		nodeRef,
		nodeId,
		nodeClickDistance
	]);
	return dragging;
}
var selectedAndDraggable = (nodesDraggable) => (n) => n.selected && (n.draggable || nodesDraggable && typeof n.draggable === "undefined");
/**
* Hook for updating node positions by passing a direction and factor
*
* @internal
* @returns function for updating node positions
*/
function useMoveSelectedNodes() {
	const store = useStoreApi();
	return (0, import_react.useCallback)((params) => {
		const { nodeExtent, snapToGrid, snapGrid, nodesDraggable, onError, updateNodePositions, nodeLookup, nodeOrigin } = store.getState();
		const nodeUpdates = /* @__PURE__ */ new Map();
		const isSelected = selectedAndDraggable(nodesDraggable);
		const xVelo = snapToGrid ? snapGrid[0] : 5;
		const yVelo = snapToGrid ? snapGrid[1] : 5;
		const xDiff = params.direction.x * xVelo * params.factor;
		const yDiff = params.direction.y * yVelo * params.factor;
		for (const [, node] of nodeLookup) {
			if (!isSelected(node)) continue;
			let nextPosition = {
				x: node.internals.positionAbsolute.x + xDiff,
				y: node.internals.positionAbsolute.y + yDiff
			};
			if (snapToGrid) nextPosition = snapPosition(nextPosition, snapGrid);
			const { position, positionAbsolute } = calculateNodePosition({
				nodeId: node.id,
				nextPosition,
				nodeLookup,
				nodeExtent,
				nodeOrigin,
				onError
			});
			node.position = position;
			node.internals.positionAbsolute = positionAbsolute;
			nodeUpdates.set(node.id, node);
		}
		updateNodePositions(nodeUpdates);
	}, []);
}
var NodeIdContext = (0, import_react.createContext)(null);
var Provider = NodeIdContext.Provider;
NodeIdContext.Consumer;
/**
* You can use this hook to get the id of the node it is used inside. It is useful
* if you need the node's id deeper in the render tree but don't want to manually
* drill down the id as a prop.
*
* @public
* @returns The id for a node in the flow.
*
* @example
*```jsx
*import { useNodeId } from '@xyflow/react';
*
*export default function CustomNode() {
*  return (
*    <div>
*      <span>This node has an id of </span>
*      <NodeIdDisplay />
*    </div>
*  );
*}
*
*function NodeIdDisplay() {
*  const nodeId = useNodeId();
*
*  return <span>{nodeId}</span>;
*}
*```
*/
var useNodeId = () => {
	return (0, import_react.useContext)(NodeIdContext);
};
var selector$f = (s) => ({
	connectOnClick: s.connectOnClick,
	noPanClassName: s.noPanClassName,
	rfId: s.rfId
});
var HandleConfigContext = (0, import_react.createContext)(null);
function HandleConfigProvider({ children }) {
	const config = useStore(selector$f, shallow$1);
	return (0, import_jsx_runtime.jsx)(HandleConfigContext.Provider, {
		value: config,
		children
	});
}
function useHandleConfig() {
	const config = (0, import_react.useContext)(HandleConfigContext);
	if (!config) throw new Error("useHandleConfig must be used within a HandleConfigProvider");
	return config;
}
var idleConnectingState = {
	connectingFrom: false,
	connectingTo: false,
	clickConnecting: false,
	isPossibleEndHandle: true,
	connectionInProcess: false,
	clickConnectionInProcess: false,
	valid: false
};
var connectingSelector = (nodeId, handleId, type) => (state) => {
	const { connectionClickStartHandle: clickHandle, connectionMode, connection } = state;
	const { fromHandle, toHandle, isValid } = connection;
	if (!fromHandle && !clickHandle) return idleConnectingState;
	const connectingTo = toHandle?.nodeId === nodeId && toHandle?.id === handleId && toHandle?.type === type;
	return {
		connectingFrom: fromHandle?.nodeId === nodeId && fromHandle?.id === handleId && fromHandle?.type === type,
		connectingTo,
		clickConnecting: clickHandle?.nodeId === nodeId && clickHandle?.id === handleId && clickHandle?.type === type,
		isPossibleEndHandle: connectionMode === ConnectionMode.Strict ? fromHandle?.type !== type : nodeId !== fromHandle?.nodeId || handleId !== fromHandle?.id,
		connectionInProcess: !!fromHandle,
		clickConnectionInProcess: !!clickHandle,
		valid: connectingTo && isValid
	};
};
function HandleComponent({ type = "source", position = Position.Top, isValidConnection, isConnectable = true, isConnectableStart = true, isConnectableEnd = true, id, onConnect, children, className, onMouseDown, onTouchStart, ...rest }, ref) {
	const handleId = id || null;
	const isTarget = type === "target";
	const store = useStoreApi();
	const nodeId = useNodeId();
	const { connectOnClick, noPanClassName, rfId } = useHandleConfig();
	const { connectingFrom, connectingTo, clickConnecting, isPossibleEndHandle, connectionInProcess, clickConnectionInProcess, valid } = useStore(connectingSelector(nodeId, handleId, type), shallow$1);
	if (!nodeId) store.getState().onError?.("010", errorMessages["error010"]());
	const onConnectExtended = (params) => {
		const { defaultEdgeOptions, onConnect: onConnectAction, hasDefaultEdges } = store.getState();
		const edgeParams = {
			...defaultEdgeOptions,
			...params
		};
		if (hasDefaultEdges) {
			const { edges, setEdges, onError } = store.getState();
			setEdges(addEdge(edgeParams, edges, { onError }));
		}
		onConnectAction?.(edgeParams);
		onConnect?.(edgeParams);
	};
	const onPointerDown = (event) => {
		if (!nodeId) return;
		const isMouseTriggered = isMouseEvent(event.nativeEvent);
		if (isConnectableStart && (isMouseTriggered && event.button === 0 || !isMouseTriggered)) {
			const currentStore = store.getState();
			XYHandle.onPointerDown(event.nativeEvent, {
				handleDomNode: event.currentTarget,
				autoPanOnConnect: currentStore.autoPanOnConnect,
				connectionMode: currentStore.connectionMode,
				connectionRadius: currentStore.connectionRadius,
				domNode: currentStore.domNode,
				nodeLookup: currentStore.nodeLookup,
				lib: currentStore.lib,
				isTarget,
				handleId,
				nodeId,
				flowId: currentStore.rfId,
				panBy: currentStore.panBy,
				cancelConnection: currentStore.cancelConnection,
				onConnectStart: currentStore.onConnectStart,
				onConnectEnd: (...args) => store.getState().onConnectEnd?.(...args),
				updateConnection: currentStore.updateConnection,
				onConnect: onConnectExtended,
				isValidConnection: isValidConnection || ((...args) => store.getState().isValidConnection?.(...args) ?? true),
				getTransform: () => store.getState().transform,
				getFromHandle: () => store.getState().connection.fromHandle,
				autoPanSpeed: currentStore.autoPanSpeed,
				dragThreshold: currentStore.connectionDragThreshold
			});
		}
		if (isMouseTriggered) onMouseDown?.(event);
		else onTouchStart?.(event);
	};
	const onClick = (event) => {
		const { onClickConnectStart, onClickConnectEnd, connectionClickStartHandle, connectionMode, isValidConnection: isValidConnectionStore, lib, rfId: flowId, nodeLookup, connection: connectionState } = store.getState();
		if (!nodeId || !connectionClickStartHandle && !isConnectableStart) return;
		if (!connectionClickStartHandle) {
			onClickConnectStart?.(event.nativeEvent, {
				nodeId,
				handleId,
				handleType: type
			});
			store.setState({ connectionClickStartHandle: {
				nodeId,
				type,
				id: handleId
			} });
			return;
		}
		const doc = getHostForElement(event.target);
		const isValidConnectionHandler = isValidConnection || isValidConnectionStore;
		const { connection, isValid } = XYHandle.isValid(event.nativeEvent, {
			handle: {
				nodeId,
				id: handleId,
				type
			},
			connectionMode,
			fromNodeId: connectionClickStartHandle.nodeId,
			fromHandleId: connectionClickStartHandle.id || null,
			fromType: connectionClickStartHandle.type,
			isValidConnection: isValidConnectionHandler,
			flowId,
			doc,
			lib,
			nodeLookup
		});
		if (isValid && connection) onConnectExtended(connection);
		const connectionClone = structuredClone(connectionState);
		delete connectionClone.inProgress;
		connectionClone.toPosition = connectionClone.toHandle ? connectionClone.toHandle.position : null;
		onClickConnectEnd?.(event, connectionClone);
		store.setState({ connectionClickStartHandle: null });
	};
	return (0, import_jsx_runtime.jsx)("div", {
		"data-handleid": handleId,
		"data-nodeid": nodeId,
		"data-handlepos": position,
		"data-id": `${rfId}-${nodeId}-${handleId}-${type}`,
		className: cc([
			"react-flow__handle",
			`react-flow__handle-${position}`,
			"nodrag",
			noPanClassName,
			className,
			{
				source: !isTarget,
				target: isTarget,
				connectable: isConnectable,
				connectablestart: isConnectableStart,
				connectableend: isConnectableEnd,
				clickconnecting: clickConnecting,
				connectingfrom: connectingFrom,
				connectingto: connectingTo,
				valid,
				connectionindicator: isConnectable && (!connectionInProcess || isPossibleEndHandle) && (connectionInProcess || clickConnectionInProcess ? isConnectableEnd : isConnectableStart)
			}
		]),
		onMouseDown: onPointerDown,
		onTouchStart: onPointerDown,
		onClick: connectOnClick ? onClick : void 0,
		ref,
		...rest,
		children
	});
}
/**
* The `<Handle />` component is used in your [custom nodes](/learn/customization/custom-nodes)
* to define connection points.
*
*@public
*
*@example
*
*```jsx
*import { Handle, Position } from '@xyflow/react';
*
*export function CustomNode({ data }) {
*  return (
*    <>
*      <div style={{ padding: '10px 20px' }}>
*        {data.label}
*      </div>
*
*      <Handle type="target" position={Position.Left} />
*      <Handle type="source" position={Position.Right} />
*    </>
*  );
*};
*```
*/
var Handle = (0, import_react.memo)(fixedForwardRef(HandleComponent));
function InputNode({ data, isConnectable, sourcePosition = Position.Bottom }) {
	return (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [data?.label, (0, import_jsx_runtime.jsx)(Handle, {
		type: "source",
		position: sourcePosition,
		isConnectable
	})] });
}
function DefaultNode({ data, isConnectable, targetPosition = Position.Top, sourcePosition = Position.Bottom }) {
	return (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		(0, import_jsx_runtime.jsx)(Handle, {
			type: "target",
			position: targetPosition,
			isConnectable
		}),
		data?.label,
		(0, import_jsx_runtime.jsx)(Handle, {
			type: "source",
			position: sourcePosition,
			isConnectable
		})
	] });
}
function GroupNode() {
	return null;
}
function OutputNode({ data, isConnectable, targetPosition = Position.Top }) {
	return (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [(0, import_jsx_runtime.jsx)(Handle, {
		type: "target",
		position: targetPosition,
		isConnectable
	}), data?.label] });
}
var arrowKeyDiffs = {
	ArrowUp: {
		x: 0,
		y: -1
	},
	ArrowDown: {
		x: 0,
		y: 1
	},
	ArrowLeft: {
		x: -1,
		y: 0
	},
	ArrowRight: {
		x: 1,
		y: 0
	}
};
var builtinNodeTypes = {
	input: InputNode,
	default: DefaultNode,
	output: OutputNode,
	group: GroupNode
};
function getNodeInlineStyleDimensions(node) {
	if (node.internals.handleBounds === void 0) return {
		width: node.width ?? node.initialWidth ?? node.style?.width,
		height: node.height ?? node.initialHeight ?? node.style?.height
	};
	return {
		width: node.width ?? node.style?.width,
		height: node.height ?? node.style?.height
	};
}
var selector$e = (s) => {
	const { width, height, x, y } = getInternalNodesBounds(s.nodeLookup, { filter: (node) => !!node.selected });
	return {
		width: isNumeric(width) ? width : null,
		height: isNumeric(height) ? height : null,
		userSelectionActive: s.userSelectionActive,
		transformString: `translate(${s.transform[0]}px,${s.transform[1]}px) scale(${s.transform[2]}) translate(${x}px,${y}px)`
	};
};
function NodesSelection({ onSelectionContextMenu, noPanClassName, disableKeyboardA11y }) {
	const store = useStoreApi();
	const { width, height, transformString, userSelectionActive } = useStore(selector$e, shallow$1);
	const moveSelectedNodes = useMoveSelectedNodes();
	const nodeRef = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => {
		if (!disableKeyboardA11y) nodeRef.current?.focus({ preventScroll: true });
	}, [disableKeyboardA11y]);
	const shouldRender = !userSelectionActive && width !== null && height !== null;
	useDrag({
		nodeRef,
		disabled: !shouldRender
	});
	if (!shouldRender) return null;
	const onContextMenu = onSelectionContextMenu ? (event) => {
		onSelectionContextMenu(event, store.getState().nodes.filter((n) => n.selected));
	} : void 0;
	const onKeyDown = (event) => {
		if (Object.prototype.hasOwnProperty.call(arrowKeyDiffs, event.key)) {
			event.preventDefault();
			moveSelectedNodes({
				direction: arrowKeyDiffs[event.key],
				factor: event.shiftKey ? 4 : 1
			});
		}
	};
	return (0, import_jsx_runtime.jsx)("div", {
		className: cc([
			"react-flow__nodesselection",
			"react-flow__container",
			noPanClassName
		]),
		style: { transform: transformString },
		children: (0, import_jsx_runtime.jsx)("div", {
			ref: nodeRef,
			className: "react-flow__nodesselection-rect",
			onContextMenu,
			tabIndex: disableKeyboardA11y ? void 0 : -1,
			onKeyDown: disableKeyboardA11y ? void 0 : onKeyDown,
			style: {
				width,
				height
			}
		})
	});
}
var win = typeof window !== "undefined" ? window : void 0;
var selector$d = (s) => {
	return {
		nodesSelectionActive: s.nodesSelectionActive,
		userSelectionActive: s.userSelectionActive
	};
};
function FlowRendererComponent({ children, onPaneClick, onPaneMouseEnter, onPaneMouseMove, onPaneMouseLeave, onPaneContextMenu, onPaneScroll, paneClickDistance, deleteKeyCode, selectionKeyCode, selectionOnDrag, selectionMode, onSelectionStart, onSelectionEnd, multiSelectionKeyCode, panActivationKeyCode, zoomActivationKeyCode, elementsSelectable, zoomOnScroll, zoomOnPinch, panOnScroll: _panOnScroll, panOnScrollSpeed, panOnScrollMode, zoomOnDoubleClick, panOnDrag: _panOnDrag, autoPanOnSelection, defaultViewport, translateExtent, minZoom, maxZoom, preventScrolling, onSelectionContextMenu, noWheelClassName, noPanClassName, disableKeyboardA11y, onViewportChange, isControlledViewport }) {
	const { nodesSelectionActive, userSelectionActive } = useStore(selector$d, shallow$1);
	const selectionKeyPressed = useKeyPress(selectionKeyCode, { target: win });
	const panActivationKeyPressed = useKeyPress(panActivationKeyCode, { target: win });
	const panOnDrag = panActivationKeyPressed || _panOnDrag;
	const panOnScroll = panActivationKeyPressed || _panOnScroll;
	const _selectionOnDrag = selectionOnDrag && panOnDrag !== true;
	const isSelecting = selectionKeyPressed || userSelectionActive || _selectionOnDrag;
	useGlobalKeyHandler({
		deleteKeyCode,
		multiSelectionKeyCode
	});
	return (0, import_jsx_runtime.jsx)(ZoomPane, {
		onPaneContextMenu,
		elementsSelectable,
		zoomOnScroll,
		zoomOnPinch,
		panOnScroll,
		panActivationKeyPressed,
		panOnScrollSpeed,
		panOnScrollMode,
		zoomOnDoubleClick,
		panOnDrag: !selectionKeyPressed && panOnDrag,
		defaultViewport,
		translateExtent,
		minZoom,
		maxZoom,
		zoomActivationKeyCode,
		preventScrolling,
		noWheelClassName,
		noPanClassName,
		onViewportChange,
		isControlledViewport,
		paneClickDistance,
		selectionOnDrag: _selectionOnDrag,
		children: (0, import_jsx_runtime.jsxs)(Pane, {
			onSelectionStart,
			onSelectionEnd,
			onPaneClick,
			onPaneMouseEnter,
			onPaneMouseMove,
			onPaneMouseLeave,
			onPaneContextMenu,
			onPaneScroll,
			panOnDrag,
			autoPanOnSelection,
			isSelecting: !!isSelecting,
			selectionMode,
			selectionKeyPressed,
			paneClickDistance,
			selectionOnDrag: _selectionOnDrag,
			children: [children, nodesSelectionActive && (0, import_jsx_runtime.jsx)(NodesSelection, {
				onSelectionContextMenu,
				noPanClassName,
				disableKeyboardA11y
			})]
		})
	});
}
FlowRendererComponent.displayName = "FlowRenderer";
var FlowRenderer = (0, import_react.memo)(FlowRendererComponent);
var selector$c = (onlyRenderVisible) => (s) => {
	return onlyRenderVisible ? getNodesInside(s.nodeLookup, {
		x: 0,
		y: 0,
		width: s.width,
		height: s.height
	}, s.transform, true).map((node) => node.id) : Array.from(s.nodeLookup.keys());
};
/**
* Hook for getting the visible node ids from the store.
*
* @internal
* @param onlyRenderVisible
* @returns array with visible node ids
*/
function useVisibleNodeIds(onlyRenderVisible) {
	return useStore((0, import_react.useCallback)(selector$c(onlyRenderVisible), [onlyRenderVisible]), shallow$1);
}
var selector$b = (s) => s.updateNodeInternals;
function useResizeObserver() {
	const updateNodeInternals = useStore(selector$b);
	const [resizeObserver] = (0, import_react.useState)(() => {
		if (typeof ResizeObserver === "undefined") return null;
		return new ResizeObserver((entries) => {
			const updates = /* @__PURE__ */ new Map();
			entries.forEach((entry) => {
				const id = entry.target.getAttribute("data-id");
				updates.set(id, {
					id,
					nodeElement: entry.target,
					force: true
				});
			});
			updateNodeInternals(updates);
		});
	});
	(0, import_react.useEffect)(() => {
		return () => {
			resizeObserver?.disconnect();
		};
	}, [resizeObserver]);
	return resizeObserver;
}
/**
* Hook to handle the resize observation + internal updates for the passed node.
*
* @internal
* @returns nodeRef - reference to the node element
*/
function useNodeObserver({ node, nodeType, hasDimensions, resizeObserver }) {
	const store = useStoreApi();
	const nodeRef = (0, import_react.useRef)(null);
	const observedNode = (0, import_react.useRef)(null);
	const prevSourcePosition = (0, import_react.useRef)(node.sourcePosition);
	const prevTargetPosition = (0, import_react.useRef)(node.targetPosition);
	const prevType = (0, import_react.useRef)(nodeType);
	const isInitialized = hasDimensions && !!node.internals.handleBounds;
	(0, import_react.useEffect)(() => {
		if (nodeRef.current && !node.hidden && (!isInitialized || observedNode.current !== nodeRef.current)) {
			if (observedNode.current) resizeObserver?.unobserve(observedNode.current);
			resizeObserver?.observe(nodeRef.current);
			observedNode.current = nodeRef.current;
		}
	}, [isInitialized, node.hidden]);
	(0, import_react.useEffect)(() => {
		return () => {
			if (observedNode.current) {
				resizeObserver?.unobserve(observedNode.current);
				observedNode.current = null;
			}
		};
	}, []);
	(0, import_react.useEffect)(() => {
		if (nodeRef.current) {
			const typeChanged = prevType.current !== nodeType;
			const sourcePosChanged = prevSourcePosition.current !== node.sourcePosition;
			const targetPosChanged = prevTargetPosition.current !== node.targetPosition;
			if (typeChanged || sourcePosChanged || targetPosChanged) {
				prevType.current = nodeType;
				prevSourcePosition.current = node.sourcePosition;
				prevTargetPosition.current = node.targetPosition;
				store.getState().updateNodeInternals(/* @__PURE__ */ new Map([[node.id, {
					id: node.id,
					nodeElement: nodeRef.current,
					force: true
				}]]));
			}
		}
	}, [
		node.id,
		nodeType,
		node.sourcePosition,
		node.targetPosition
	]);
	return nodeRef;
}
function NodeWrapper({ id, onClick, onMouseEnter, onMouseMove, onMouseLeave, onContextMenu, onDoubleClick, nodesDraggable, elementsSelectable, nodesConnectable, nodesFocusable, resizeObserver, noDragClassName, noPanClassName, disableKeyboardA11y, rfId, nodeTypes, nodeClickDistance, onError }) {
	const { node, internals, isParent } = useStore((s) => {
		const node = s.nodeLookup.get(id);
		const isParent = s.parentLookup.has(id);
		return {
			node,
			internals: node.internals,
			isParent
		};
	}, shallow$1);
	let nodeType = node.type || "default";
	let NodeComponent = nodeTypes?.[nodeType] || builtinNodeTypes[nodeType];
	if (NodeComponent === void 0) {
		onError?.("003", errorMessages["error003"](nodeType));
		nodeType = "default";
		NodeComponent = nodeTypes?.["default"] || builtinNodeTypes.default;
	}
	const isDraggable = !!(node.draggable || nodesDraggable && typeof node.draggable === "undefined");
	const isSelectable = !!(node.selectable || elementsSelectable && typeof node.selectable === "undefined");
	const isConnectable = !!(node.connectable || nodesConnectable && typeof node.connectable === "undefined");
	const isFocusable = !!(node.focusable || nodesFocusable && typeof node.focusable === "undefined");
	const store = useStoreApi();
	const hasDimensions = nodeHasDimensions(node);
	const nodeRef = useNodeObserver({
		node,
		nodeType,
		hasDimensions,
		resizeObserver
	});
	const dragging = useDrag({
		nodeRef,
		disabled: node.hidden || !isDraggable,
		noDragClassName,
		handleSelector: node.dragHandle,
		nodeId: id,
		isSelectable,
		nodeClickDistance
	});
	const moveSelectedNodes = useMoveSelectedNodes();
	if (node.hidden) return null;
	const nodeDimensions = getNodeDimensions(node);
	const inlineDimensions = getNodeInlineStyleDimensions(node);
	const hasPointerEvents = isSelectable || isDraggable || onClick || onMouseEnter || onMouseMove || onMouseLeave;
	const onMouseEnterHandler = onMouseEnter ? (event) => onMouseEnter(event, { ...internals.userNode }) : void 0;
	const onMouseMoveHandler = onMouseMove ? (event) => onMouseMove(event, { ...internals.userNode }) : void 0;
	const onMouseLeaveHandler = onMouseLeave ? (event) => onMouseLeave(event, { ...internals.userNode }) : void 0;
	const onContextMenuHandler = onContextMenu ? (event) => onContextMenu(event, { ...internals.userNode }) : void 0;
	const onDoubleClickHandler = onDoubleClick ? (event) => onDoubleClick(event, { ...internals.userNode }) : void 0;
	const onSelectNodeHandler = (event) => {
		const { selectNodesOnDrag, nodeDragThreshold } = store.getState();
		if (isSelectable && (!selectNodesOnDrag || !isDraggable || nodeDragThreshold > 0)) handleNodeClick({
			id,
			store,
			nodeRef
		});
		if (onClick) onClick(event, { ...internals.userNode });
	};
	const onKeyDown = (event) => {
		if (isInputDOMNode(event.nativeEvent) || disableKeyboardA11y) return;
		if (elementSelectionKeys.includes(event.key) && isSelectable) {
			const unselect = event.key === "Escape";
			handleNodeClick({
				id,
				store,
				unselect,
				nodeRef
			});
		} else if (isDraggable && node.selected && Object.prototype.hasOwnProperty.call(arrowKeyDiffs, event.key)) {
			event.preventDefault();
			const { ariaLabelConfig } = store.getState();
			store.setState({ ariaLiveMessage: ariaLabelConfig["node.a11yDescription.ariaLiveMessage"]({
				direction: event.key.replace("Arrow", "").toLowerCase(),
				x: ~~internals.positionAbsolute.x,
				y: ~~internals.positionAbsolute.y
			}) });
			moveSelectedNodes({
				direction: arrowKeyDiffs[event.key],
				factor: event.shiftKey ? 4 : 1
			});
		}
	};
	const onFocus = () => {
		if (disableKeyboardA11y || !nodeRef.current?.matches(":focus-visible")) return;
		const { transform, width, height, autoPanOnNodeFocus, setCenter } = store.getState();
		if (!autoPanOnNodeFocus) return;
		if (!(getNodesInside(/* @__PURE__ */ new Map([[id, node]]), {
			x: 0,
			y: 0,
			width,
			height
		}, transform, true).length > 0)) setCenter(node.position.x + nodeDimensions.width / 2, node.position.y + nodeDimensions.height / 2, { zoom: transform[2] });
	};
	return (0, import_jsx_runtime.jsx)("div", {
		className: cc([
			"react-flow__node",
			`react-flow__node-${nodeType}`,
			{ [noPanClassName]: isDraggable },
			node.className,
			{
				selected: node.selected,
				selectable: isSelectable,
				parent: isParent,
				draggable: isDraggable,
				dragging
			}
		]),
		ref: nodeRef,
		style: {
			zIndex: internals.z,
			transform: `translate(${internals.positionAbsolute.x}px,${internals.positionAbsolute.y}px)`,
			pointerEvents: hasPointerEvents ? "all" : "none",
			visibility: hasDimensions ? "visible" : "hidden",
			...node.style,
			...inlineDimensions
		},
		"data-id": id,
		"data-testid": `rf__node-${id}`,
		onMouseEnter: onMouseEnterHandler,
		onMouseMove: onMouseMoveHandler,
		onMouseLeave: onMouseLeaveHandler,
		onContextMenu: onContextMenuHandler,
		onClick: onSelectNodeHandler,
		onDoubleClick: onDoubleClickHandler,
		onKeyDown: isFocusable ? onKeyDown : void 0,
		tabIndex: isFocusable ? 0 : void 0,
		onFocus: isFocusable ? onFocus : void 0,
		role: node.ariaRole ?? (isFocusable ? "group" : void 0),
		"aria-roledescription": "node",
		"aria-describedby": disableKeyboardA11y ? void 0 : `${ARIA_NODE_DESC_KEY}-${rfId}`,
		"aria-label": node.ariaLabel,
		...node.domAttributes,
		children: (0, import_jsx_runtime.jsx)(Provider, {
			value: id,
			children: (0, import_jsx_runtime.jsx)(NodeComponent, {
				id,
				data: node.data,
				type: nodeType,
				positionAbsoluteX: internals.positionAbsolute.x,
				positionAbsoluteY: internals.positionAbsolute.y,
				selected: node.selected ?? false,
				selectable: isSelectable,
				draggable: isDraggable,
				deletable: node.deletable ?? true,
				isConnectable,
				sourcePosition: node.sourcePosition,
				targetPosition: node.targetPosition,
				dragging,
				dragHandle: node.dragHandle,
				zIndex: internals.z,
				parentId: node.parentId,
				...nodeDimensions
			})
		})
	});
}
var NodeWrapper$1 = (0, import_react.memo)(NodeWrapper);
var selector$a = (s) => ({
	nodesConnectable: s.nodesConnectable,
	nodesFocusable: s.nodesFocusable,
	elementsSelectable: s.elementsSelectable,
	onError: s.onError
});
function NodeRendererComponent(props) {
	const { nodesConnectable, nodesFocusable, elementsSelectable, onError } = useStore(selector$a, shallow$1);
	const nodeIds = useVisibleNodeIds(props.onlyRenderVisibleElements);
	const resizeObserver = useResizeObserver();
	return (0, import_jsx_runtime.jsx)("div", {
		className: "react-flow__nodes",
		style: containerStyle,
		children: nodeIds.map((nodeId) => {
			return (0, import_jsx_runtime.jsx)(NodeWrapper$1, {
				id: nodeId,
				nodeTypes: props.nodeTypes,
				nodeExtent: props.nodeExtent,
				onClick: props.onNodeClick,
				onMouseEnter: props.onNodeMouseEnter,
				onMouseMove: props.onNodeMouseMove,
				onMouseLeave: props.onNodeMouseLeave,
				onContextMenu: props.onNodeContextMenu,
				onDoubleClick: props.onNodeDoubleClick,
				noDragClassName: props.noDragClassName,
				noPanClassName: props.noPanClassName,
				rfId: props.rfId,
				disableKeyboardA11y: props.disableKeyboardA11y,
				resizeObserver,
				nodesDraggable: props.nodesDraggable ?? true,
				nodesConnectable,
				nodesFocusable,
				elementsSelectable,
				nodeClickDistance: props.nodeClickDistance,
				onError
			}, nodeId);
		})
	});
}
NodeRendererComponent.displayName = "NodeRenderer";
var NodeRenderer = (0, import_react.memo)(NodeRendererComponent);
/**
* Hook for getting the visible edge ids from the store.
*
* @internal
* @param onlyRenderVisible
* @returns array with visible edge ids
*/
function useVisibleEdgeIds(onlyRenderVisible) {
	return useStore((0, import_react.useCallback)((s) => {
		if (!onlyRenderVisible) return s.edges.map((edge) => edge.id);
		const visibleEdgeIds = [];
		if (s.width && s.height) for (const edge of s.edges) {
			const sourceNode = s.nodeLookup.get(edge.source);
			const targetNode = s.nodeLookup.get(edge.target);
			if (sourceNode && targetNode && isEdgeVisible({
				sourceNode,
				targetNode,
				width: s.width,
				height: s.height,
				transform: s.transform
			})) visibleEdgeIds.push(edge.id);
		}
		return visibleEdgeIds;
	}, [onlyRenderVisible]), shallow$1);
}
var ArrowSymbol = ({ color = "none", strokeWidth = 1 }) => {
	const style = {
		strokeWidth,
		...color && { stroke: color }
	};
	return (0, import_jsx_runtime.jsx)("polyline", {
		className: "arrow",
		style,
		strokeLinecap: "round",
		fill: "none",
		strokeLinejoin: "round",
		points: "-5,-4 0,0 -5,4"
	});
};
var ArrowClosedSymbol = ({ color = "none", strokeWidth = 1 }) => {
	const style = {
		strokeWidth,
		...color && {
			stroke: color,
			fill: color
		}
	};
	return (0, import_jsx_runtime.jsx)("polyline", {
		className: "arrowclosed",
		style,
		strokeLinecap: "round",
		strokeLinejoin: "round",
		points: "-5,-4 0,0 -5,4 -5,-4"
	});
};
var MarkerSymbols = {
	[MarkerType.Arrow]: ArrowSymbol,
	[MarkerType.ArrowClosed]: ArrowClosedSymbol
};
function useMarkerSymbol(type) {
	const store = useStoreApi();
	return (0, import_react.useMemo)(() => {
		if (!Object.prototype.hasOwnProperty.call(MarkerSymbols, type)) {
			store.getState().onError?.("009", errorMessages["error009"](type));
			return null;
		}
		return MarkerSymbols[type];
	}, [type]);
}
var Marker = ({ id, type, color, width = 12.5, height = 12.5, markerUnits = "strokeWidth", strokeWidth, orient = "auto-start-reverse" }) => {
	const Symbol = useMarkerSymbol(type);
	if (!Symbol) return null;
	return (0, import_jsx_runtime.jsx)("marker", {
		className: "react-flow__arrowhead",
		id,
		markerWidth: `${width}`,
		markerHeight: `${height}`,
		viewBox: "-10 -10 20 20",
		markerUnits,
		orient,
		refX: "0",
		refY: "0",
		children: (0, import_jsx_runtime.jsx)(Symbol, {
			color,
			strokeWidth
		})
	});
};
var MarkerDefinitions = ({ defaultColor, rfId }) => {
	const edges = useStore((s) => s.edges);
	const defaultEdgeOptions = useStore((s) => s.defaultEdgeOptions);
	const markers = (0, import_react.useMemo)(() => {
		return createMarkerIds(edges, {
			id: rfId,
			defaultColor,
			defaultMarkerStart: defaultEdgeOptions?.markerStart,
			defaultMarkerEnd: defaultEdgeOptions?.markerEnd
		});
	}, [
		edges,
		defaultEdgeOptions,
		rfId,
		defaultColor
	]);
	if (!markers.length) return null;
	return (0, import_jsx_runtime.jsx)("svg", {
		className: "react-flow__marker",
		"aria-hidden": "true",
		children: (0, import_jsx_runtime.jsx)("defs", { children: markers.map((marker) => (0, import_jsx_runtime.jsx)(Marker, {
			id: marker.id,
			type: marker.type,
			color: marker.color,
			width: marker.width,
			height: marker.height,
			markerUnits: marker.markerUnits,
			strokeWidth: marker.strokeWidth,
			orient: marker.orient
		}, marker.id)) })
	});
};
MarkerDefinitions.displayName = "MarkerDefinitions";
var MarkerDefinitions$1 = (0, import_react.memo)(MarkerDefinitions);
function EdgeTextComponent({ x, y, label, labelStyle, labelShowBg = true, labelBgStyle, labelBgPadding = [2, 4], labelBgBorderRadius = 2, children, className, ...rest }) {
	const [edgeTextBbox, setEdgeTextBbox] = (0, import_react.useState)({
		x: 1,
		y: 0,
		width: 0,
		height: 0
	});
	const edgeTextClasses = cc(["react-flow__edge-textwrapper", className]);
	const edgeTextRef = (0, import_react.useRef)(null);
	(0, import_react.useEffect)(() => {
		if (edgeTextRef.current) {
			const textBbox = edgeTextRef.current.getBBox();
			setEdgeTextBbox({
				x: textBbox.x,
				y: textBbox.y,
				width: textBbox.width,
				height: textBbox.height
			});
		}
	}, [label]);
	if (!label) return null;
	return (0, import_jsx_runtime.jsxs)("g", {
		transform: `translate(${x - edgeTextBbox.width / 2} ${y - edgeTextBbox.height / 2})`,
		className: edgeTextClasses,
		visibility: edgeTextBbox.width ? "visible" : "hidden",
		...rest,
		children: [
			labelShowBg && (0, import_jsx_runtime.jsx)("rect", {
				width: edgeTextBbox.width + 2 * labelBgPadding[0],
				x: -labelBgPadding[0],
				y: -labelBgPadding[1],
				height: edgeTextBbox.height + 2 * labelBgPadding[1],
				className: "react-flow__edge-textbg",
				style: labelBgStyle,
				rx: labelBgBorderRadius,
				ry: labelBgBorderRadius
			}),
			(0, import_jsx_runtime.jsx)("text", {
				className: "react-flow__edge-text",
				y: edgeTextBbox.height / 2,
				dy: "0.3em",
				ref: edgeTextRef,
				style: labelStyle,
				children: label
			}),
			children
		]
	});
}
EdgeTextComponent.displayName = "EdgeText";
/**
* You can use the `<EdgeText />` component as a helper component to display text
* within your custom edges.
*
* @public
*
* @example
* ```jsx
* import { EdgeText } from '@xyflow/react';
*
* export function CustomEdgeLabel({ label }) {
*   return (
*     <EdgeText
*       x={100}
*       y={100}
*       label={label}
*       labelStyle={{ fill: 'white' }}
*       labelShowBg
*       labelBgStyle={{ fill: 'red' }}
*       labelBgPadding={[2, 4]}
*       labelBgBorderRadius={2}
*     />
*   );
* }
*```
*/
var EdgeText = (0, import_react.memo)(EdgeTextComponent);
/**
* The `<BaseEdge />` component gets used internally for all the edges. It can be
* used inside a custom edge and handles the invisible helper edge and the edge label
* for you.
*
* @public
* @example
* ```jsx
*import { BaseEdge } from '@xyflow/react';
*
*export function CustomEdge({ sourceX, sourceY, targetX, targetY, ...props }) {
*  const [edgePath] = getStraightPath({
*    sourceX,
*    sourceY,
*    targetX,
*    targetY,
*  });
*
*  return <BaseEdge path={edgePath} {...props} />;
*}
*```
*
* @remarks If you want to use an edge marker with the [`<BaseEdge />`](/api-reference/components/base-edge) component,
* you can pass the `markerStart` or `markerEnd` props passed to your custom edge
* through to the [`<BaseEdge />`](/api-reference/components/base-edge) component.
* You can see all the props passed to a custom edge by looking at the [`EdgeProps`](/api-reference/types/edge-props) type.
*/
function BaseEdge({ path, labelX, labelY, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius, interactionWidth = 20, ...props }) {
	return (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
		(0, import_jsx_runtime.jsx)("path", {
			...props,
			d: path,
			fill: "none",
			className: cc(["react-flow__edge-path", props.className])
		}),
		interactionWidth ? (0, import_jsx_runtime.jsx)("path", {
			d: path,
			fill: "none",
			strokeOpacity: 0,
			strokeWidth: interactionWidth,
			className: "react-flow__edge-interaction"
		}) : null,
		label && isNumeric(labelX) && isNumeric(labelY) ? (0, import_jsx_runtime.jsx)(EdgeText, {
			x: labelX,
			y: labelY,
			label,
			labelStyle,
			labelShowBg,
			labelBgStyle,
			labelBgPadding,
			labelBgBorderRadius
		}) : null
	] });
}
function getControl({ pos, x1, y1, x2, y2 }) {
	if (pos === Position.Left || pos === Position.Right) return [.5 * (x1 + x2), y1];
	return [x1, .5 * (y1 + y2)];
}
/**
* The `getSimpleBezierPath` util returns everything you need to render a simple
* bezier edge between two nodes.
* @public
* @returns
* - `path`: the path to use in an SVG `<path>` element.
* - `labelX`: the `x` position you can use to render a label for this edge.
* - `labelY`: the `y` position you can use to render a label for this edge.
* - `offsetX`: the absolute difference between the source `x` position and the `x` position of the
* middle of this path.
* - `offsetY`: the absolute difference between the source `y` position and the `y` position of the
* middle of this path.
*/
function getSimpleBezierPath({ sourceX, sourceY, sourcePosition = Position.Bottom, targetX, targetY, targetPosition = Position.Top }) {
	const [sourceControlX, sourceControlY] = getControl({
		pos: sourcePosition,
		x1: sourceX,
		y1: sourceY,
		x2: targetX,
		y2: targetY
	});
	const [targetControlX, targetControlY] = getControl({
		pos: targetPosition,
		x1: targetX,
		y1: targetY,
		x2: sourceX,
		y2: sourceY
	});
	const [labelX, labelY, offsetX, offsetY] = getBezierEdgeCenter({
		sourceX,
		sourceY,
		targetX,
		targetY,
		sourceControlX,
		sourceControlY,
		targetControlX,
		targetControlY
	});
	return [
		`M${sourceX},${sourceY} C${sourceControlX},${sourceControlY} ${targetControlX},${targetControlY} ${targetX},${targetY}`,
		labelX,
		labelY,
		offsetX,
		offsetY
	];
}
function createSimpleBezierEdge(params) {
	return (0, import_react.memo)(({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius, style, markerEnd, markerStart, interactionWidth }) => {
		const [path, labelX, labelY] = getSimpleBezierPath({
			sourceX,
			sourceY,
			sourcePosition,
			targetX,
			targetY,
			targetPosition
		});
		const _id = params.isInternal ? void 0 : id;
		return (0, import_jsx_runtime.jsx)(BaseEdge, {
			id: _id,
			path,
			labelX,
			labelY,
			label,
			labelStyle,
			labelShowBg,
			labelBgStyle,
			labelBgPadding,
			labelBgBorderRadius,
			style,
			markerEnd,
			markerStart,
			interactionWidth
		});
	});
}
var SimpleBezierEdge = createSimpleBezierEdge({ isInternal: false });
var SimpleBezierEdgeInternal = createSimpleBezierEdge({ isInternal: true });
SimpleBezierEdge.displayName = "SimpleBezierEdge";
SimpleBezierEdgeInternal.displayName = "SimpleBezierEdgeInternal";
function createSmoothStepEdge(params) {
	return (0, import_react.memo)(({ id, sourceX, sourceY, targetX, targetY, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius, style, sourcePosition = Position.Bottom, targetPosition = Position.Top, markerEnd, markerStart, pathOptions, interactionWidth }) => {
		const [path, labelX, labelY] = getSmoothStepPath({
			sourceX,
			sourceY,
			sourcePosition,
			targetX,
			targetY,
			targetPosition,
			borderRadius: pathOptions?.borderRadius,
			offset: pathOptions?.offset,
			stepPosition: pathOptions?.stepPosition
		});
		const _id = params.isInternal ? void 0 : id;
		return (0, import_jsx_runtime.jsx)(BaseEdge, {
			id: _id,
			path,
			labelX,
			labelY,
			label,
			labelStyle,
			labelShowBg,
			labelBgStyle,
			labelBgPadding,
			labelBgBorderRadius,
			style,
			markerEnd,
			markerStart,
			interactionWidth
		});
	});
}
/**
* Component that can be used inside a custom edge to render a smooth step edge.
*
* @public
* @example
*
* ```tsx
* import { SmoothStepEdge } from '@xyflow/react';
*
* function CustomEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }) {
*   return (
*     <SmoothStepEdge
*       sourceX={sourceX}
*       sourceY={sourceY}
*       targetX={targetX}
*       targetY={targetY}
*       sourcePosition={sourcePosition}
*       targetPosition={targetPosition}
*     />
*   );
* }
* ```
*/
var SmoothStepEdge = createSmoothStepEdge({ isInternal: false });
/**
* @internal
*/
var SmoothStepEdgeInternal = createSmoothStepEdge({ isInternal: true });
SmoothStepEdge.displayName = "SmoothStepEdge";
SmoothStepEdgeInternal.displayName = "SmoothStepEdgeInternal";
function createStepEdge(params) {
	return (0, import_react.memo)(({ id, ...props }) => {
		const _id = params.isInternal ? void 0 : id;
		return (0, import_jsx_runtime.jsx)(SmoothStepEdge, {
			...props,
			id: _id,
			pathOptions: (0, import_react.useMemo)(() => ({
				borderRadius: 0,
				offset: props.pathOptions?.offset
			}), [props.pathOptions?.offset])
		});
	});
}
/**
* Component that can be used inside a custom edge to render a step edge.
*
* @public
* @example
*
* ```tsx
* import { StepEdge } from '@xyflow/react';
*
* function CustomEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }) {
*   return (
*     <StepEdge
*       sourceX={sourceX}
*       sourceY={sourceY}
*       targetX={targetX}
*       targetY={targetY}
*       sourcePosition={sourcePosition}
*       targetPosition={targetPosition}
*     />
*   );
* }
* ```
*/
var StepEdge = createStepEdge({ isInternal: false });
/**
* @internal
*/
var StepEdgeInternal = createStepEdge({ isInternal: true });
StepEdge.displayName = "StepEdge";
StepEdgeInternal.displayName = "StepEdgeInternal";
function createStraightEdge(params) {
	return (0, import_react.memo)(({ id, sourceX, sourceY, targetX, targetY, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius, style, markerEnd, markerStart, interactionWidth }) => {
		const [path, labelX, labelY] = getStraightPath({
			sourceX,
			sourceY,
			targetX,
			targetY
		});
		const _id = params.isInternal ? void 0 : id;
		return (0, import_jsx_runtime.jsx)(BaseEdge, {
			id: _id,
			path,
			labelX,
			labelY,
			label,
			labelStyle,
			labelShowBg,
			labelBgStyle,
			labelBgPadding,
			labelBgBorderRadius,
			style,
			markerEnd,
			markerStart,
			interactionWidth
		});
	});
}
/**
* Component that can be used inside a custom edge to render a straight line.
*
* @public
* @example
*
* ```tsx
* import { StraightEdge } from '@xyflow/react';
*
* function CustomEdge({ sourceX, sourceY, targetX, targetY }) {
*   return (
*     <StraightEdge
*       sourceX={sourceX}
*       sourceY={sourceY}
*       targetX={targetX}
*       targetY={targetY}
*     />
*   );
* }
* ```
*/
var StraightEdge = createStraightEdge({ isInternal: false });
/**
* @internal
*/
var StraightEdgeInternal = createStraightEdge({ isInternal: true });
StraightEdge.displayName = "StraightEdge";
StraightEdgeInternal.displayName = "StraightEdgeInternal";
function createBezierEdge(params) {
	return (0, import_react.memo)(({ id, sourceX, sourceY, targetX, targetY, sourcePosition = Position.Bottom, targetPosition = Position.Top, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius, style, markerEnd, markerStart, pathOptions, interactionWidth }) => {
		const [path, labelX, labelY] = getBezierPath({
			sourceX,
			sourceY,
			sourcePosition,
			targetX,
			targetY,
			targetPosition,
			curvature: pathOptions?.curvature
		});
		const _id = params.isInternal ? void 0 : id;
		return (0, import_jsx_runtime.jsx)(BaseEdge, {
			id: _id,
			path,
			labelX,
			labelY,
			label,
			labelStyle,
			labelShowBg,
			labelBgStyle,
			labelBgPadding,
			labelBgBorderRadius,
			style,
			markerEnd,
			markerStart,
			interactionWidth
		});
	});
}
/**
* Component that can be used inside a custom edge to render a bezier curve.
*
* @public
* @example
*
* ```tsx
* import { BezierEdge } from '@xyflow/react';
*
* function CustomEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }) {
*   return (
*     <BezierEdge
*       sourceX={sourceX}
*       sourceY={sourceY}
*       targetX={targetX}
*       targetY={targetY}
*       sourcePosition={sourcePosition}
*       targetPosition={targetPosition}
*     />
*   );
* }
* ```
*/
var BezierEdge = createBezierEdge({ isInternal: false });
/**
* @internal
*/
var BezierEdgeInternal = createBezierEdge({ isInternal: true });
BezierEdge.displayName = "BezierEdge";
BezierEdgeInternal.displayName = "BezierEdgeInternal";
var builtinEdgeTypes = {
	default: BezierEdgeInternal,
	straight: StraightEdgeInternal,
	step: StepEdgeInternal,
	smoothstep: SmoothStepEdgeInternal,
	simplebezier: SimpleBezierEdgeInternal
};
var nullPosition = {
	sourceX: null,
	sourceY: null,
	targetX: null,
	targetY: null,
	sourcePosition: null,
	targetPosition: null,
	zIndex: void 0
};
var shiftX = (x, shift, position) => {
	if (position === Position.Left) return x - shift;
	if (position === Position.Right) return x + shift;
	return x;
};
var shiftY = (y, shift, position) => {
	if (position === Position.Top) return y - shift;
	if (position === Position.Bottom) return y + shift;
	return y;
};
var EdgeUpdaterClassName = "react-flow__edgeupdater";
/**
* @internal
*/
function EdgeAnchor({ position, centerX, centerY, radius = 10, onMouseDown, onMouseEnter, onMouseOut, type }) {
	return (0, import_jsx_runtime.jsx)("circle", {
		onMouseDown,
		onMouseEnter,
		onMouseOut,
		className: cc([EdgeUpdaterClassName, `${EdgeUpdaterClassName}-${type}`]),
		cx: shiftX(centerX, radius, position),
		cy: shiftY(centerY, radius, position),
		r: radius,
		stroke: "transparent",
		fill: "transparent"
	});
}
function EdgeUpdateAnchors({ isReconnectable, reconnectRadius, edge, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, onReconnect, onReconnectStart, onReconnectEnd, setReconnecting, setUpdateHover }) {
	const store = useStoreApi();
	const handleEdgeUpdater = (event, oppositeHandle) => {
		if (event.button !== 0) return;
		const { autoPanOnConnect, domNode, connectionMode, connectionRadius, lib, onConnectStart, cancelConnection, nodeLookup, rfId: flowId, panBy, updateConnection } = store.getState();
		const isTarget = oppositeHandle.type === "target";
		const _onReconnectEnd = (evt, connectionState) => {
			setReconnecting(false);
			onReconnectEnd?.(evt, edge, oppositeHandle.type, connectionState);
		};
		const onConnectEdge = (connection) => onReconnect?.(edge, connection);
		const _onConnectStart = (_event, params) => {
			setReconnecting(true);
			onReconnectStart?.(event, edge, oppositeHandle.type);
			onConnectStart?.(_event, params);
		};
		XYHandle.onPointerDown(event.nativeEvent, {
			autoPanOnConnect,
			connectionMode,
			connectionRadius,
			domNode,
			handleId: oppositeHandle.id,
			nodeId: oppositeHandle.nodeId,
			nodeLookup,
			isTarget,
			edgeUpdaterType: oppositeHandle.type,
			lib,
			flowId,
			cancelConnection,
			panBy,
			isValidConnection: (...args) => store.getState().isValidConnection?.(...args) ?? true,
			onConnect: onConnectEdge,
			onConnectStart: _onConnectStart,
			onConnectEnd: (...args) => store.getState().onConnectEnd?.(...args),
			onReconnectEnd: _onReconnectEnd,
			updateConnection,
			getTransform: () => store.getState().transform,
			getFromHandle: () => store.getState().connection.fromHandle,
			dragThreshold: store.getState().connectionDragThreshold,
			handleDomNode: event.currentTarget
		});
	};
	const onReconnectSourceMouseDown = (event) => handleEdgeUpdater(event, {
		nodeId: edge.target,
		id: edge.targetHandle ?? null,
		type: "target"
	});
	const onReconnectTargetMouseDown = (event) => handleEdgeUpdater(event, {
		nodeId: edge.source,
		id: edge.sourceHandle ?? null,
		type: "source"
	});
	const onReconnectMouseEnter = () => setUpdateHover(true);
	const onReconnectMouseOut = () => setUpdateHover(false);
	return (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [(isReconnectable === true || isReconnectable === "source") && (0, import_jsx_runtime.jsx)(EdgeAnchor, {
		position: sourcePosition,
		centerX: sourceX,
		centerY: sourceY,
		radius: reconnectRadius,
		onMouseDown: onReconnectSourceMouseDown,
		onMouseEnter: onReconnectMouseEnter,
		onMouseOut: onReconnectMouseOut,
		type: "source"
	}), (isReconnectable === true || isReconnectable === "target") && (0, import_jsx_runtime.jsx)(EdgeAnchor, {
		position: targetPosition,
		centerX: targetX,
		centerY: targetY,
		radius: reconnectRadius,
		onMouseDown: onReconnectTargetMouseDown,
		onMouseEnter: onReconnectMouseEnter,
		onMouseOut: onReconnectMouseOut,
		type: "target"
	})] });
}
function EdgeWrapper({ id, edgesFocusable, edgesReconnectable, elementsSelectable, onClick, onDoubleClick, onContextMenu, onMouseEnter, onMouseMove, onMouseLeave, reconnectRadius, onReconnect, onReconnectStart, onReconnectEnd, rfId, edgeTypes, noPanClassName, onError, disableKeyboardA11y }) {
	let edge = useStore((s) => s.edgeLookup.get(id));
	const defaultEdgeOptions = useStore((s) => s.defaultEdgeOptions);
	edge = defaultEdgeOptions ? {
		...defaultEdgeOptions,
		...edge
	} : edge;
	let edgeType = edge.type || "default";
	let EdgeComponent = edgeTypes?.[edgeType] || builtinEdgeTypes[edgeType];
	if (EdgeComponent === void 0) {
		onError?.("011", errorMessages["error011"](edgeType));
		edgeType = "default";
		EdgeComponent = edgeTypes?.["default"] || builtinEdgeTypes.default;
	}
	const isFocusable = !!(edge.focusable || edgesFocusable && typeof edge.focusable === "undefined");
	const isReconnectable = typeof onReconnect !== "undefined" && (edge.reconnectable || edgesReconnectable && typeof edge.reconnectable === "undefined");
	const isSelectable = !!(edge.selectable || elementsSelectable && typeof edge.selectable === "undefined");
	const edgeRef = (0, import_react.useRef)(null);
	const [updateHover, setUpdateHover] = (0, import_react.useState)(false);
	const [reconnecting, setReconnecting] = (0, import_react.useState)(false);
	const store = useStoreApi();
	const { zIndex = edge.zIndex, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = useStore((0, import_react.useCallback)((store) => {
		const sourceNode = store.nodeLookup.get(edge.source);
		const targetNode = store.nodeLookup.get(edge.target);
		if (!sourceNode || !targetNode) return nullPosition;
		const edgePosition = getEdgePosition({
			id,
			sourceNode,
			targetNode,
			sourceHandle: edge.sourceHandle || null,
			targetHandle: edge.targetHandle || null,
			connectionMode: store.connectionMode,
			onError
		});
		const zIndex = getElevatedEdgeZIndex({
			selected: edge.selected,
			zIndex: edge.zIndex,
			sourceNode,
			targetNode,
			elevateOnSelect: store.elevateEdgesOnSelect,
			zIndexMode: store.zIndexMode
		});
		return {
			...edgePosition || nullPosition,
			zIndex
		};
	}, [
		edge.source,
		edge.target,
		edge.sourceHandle,
		edge.targetHandle,
		edge.selected,
		edge.zIndex,
		onError
	]), shallow$1);
	const markerStartUrl = (0, import_react.useMemo)(() => edge.markerStart ? `url('#${getMarkerId(edge.markerStart, rfId)}')` : void 0, [edge.markerStart, rfId]);
	const markerEndUrl = (0, import_react.useMemo)(() => edge.markerEnd ? `url('#${getMarkerId(edge.markerEnd, rfId)}')` : void 0, [edge.markerEnd, rfId]);
	if (edge.hidden || sourceX === null || sourceY === null || targetX === null || targetY === null) return null;
	const onEdgeClick = (event) => {
		const { addSelectedEdges, unselectNodesAndEdges, multiSelectionActive } = store.getState();
		if (isSelectable) {
			store.setState({ nodesSelectionActive: false });
			if (edge.selected && multiSelectionActive) {
				unselectNodesAndEdges({
					nodes: [],
					edges: [edge]
				});
				edgeRef.current?.blur();
			} else addSelectedEdges([id]);
		}
		if (onClick) onClick(event, edge);
	};
	const onEdgeDoubleClick = onDoubleClick ? (event) => {
		onDoubleClick(event, { ...edge });
	} : void 0;
	const onEdgeContextMenu = onContextMenu ? (event) => {
		onContextMenu(event, { ...edge });
	} : void 0;
	const onEdgeMouseEnter = onMouseEnter ? (event) => {
		onMouseEnter(event, { ...edge });
	} : void 0;
	const onEdgeMouseMove = onMouseMove ? (event) => {
		onMouseMove(event, { ...edge });
	} : void 0;
	const onEdgeMouseLeave = onMouseLeave ? (event) => {
		onMouseLeave(event, { ...edge });
	} : void 0;
	const onKeyDown = (event) => {
		if (!disableKeyboardA11y && elementSelectionKeys.includes(event.key) && isSelectable) {
			const { unselectNodesAndEdges, addSelectedEdges } = store.getState();
			if (event.key === "Escape") {
				edgeRef.current?.blur();
				unselectNodesAndEdges({ edges: [edge] });
			} else addSelectedEdges([id]);
		}
	};
	return (0, import_jsx_runtime.jsx)("svg", {
		style: { zIndex },
		children: (0, import_jsx_runtime.jsxs)("g", {
			className: cc([
				"react-flow__edge",
				`react-flow__edge-${edgeType}`,
				edge.className,
				noPanClassName,
				{
					selected: edge.selected,
					animated: edge.animated,
					inactive: !isSelectable && !onClick,
					updating: updateHover,
					selectable: isSelectable
				}
			]),
			onClick: onEdgeClick,
			onDoubleClick: onEdgeDoubleClick,
			onContextMenu: onEdgeContextMenu,
			onMouseEnter: onEdgeMouseEnter,
			onMouseMove: onEdgeMouseMove,
			onMouseLeave: onEdgeMouseLeave,
			onKeyDown: isFocusable ? onKeyDown : void 0,
			tabIndex: isFocusable ? 0 : void 0,
			role: edge.ariaRole ?? (isFocusable ? "group" : "img"),
			"aria-roledescription": "edge",
			"data-id": id,
			"data-testid": `rf__edge-${id}`,
			"aria-label": edge.ariaLabel === null ? void 0 : edge.ariaLabel || `Edge from ${edge.source} to ${edge.target}`,
			"aria-describedby": isFocusable ? `${ARIA_EDGE_DESC_KEY}-${rfId}` : void 0,
			ref: edgeRef,
			...edge.domAttributes,
			children: [!reconnecting && (0, import_jsx_runtime.jsx)(EdgeComponent, {
				id,
				source: edge.source,
				target: edge.target,
				type: edge.type,
				selected: edge.selected,
				animated: edge.animated,
				selectable: isSelectable,
				deletable: edge.deletable ?? true,
				label: edge.label,
				labelStyle: edge.labelStyle,
				labelShowBg: edge.labelShowBg,
				labelBgStyle: edge.labelBgStyle,
				labelBgPadding: edge.labelBgPadding,
				labelBgBorderRadius: edge.labelBgBorderRadius,
				sourceX,
				sourceY,
				targetX,
				targetY,
				sourcePosition,
				targetPosition,
				data: edge.data,
				style: edge.style,
				sourceHandleId: edge.sourceHandle,
				targetHandleId: edge.targetHandle,
				markerStart: markerStartUrl,
				markerEnd: markerEndUrl,
				pathOptions: "pathOptions" in edge ? edge.pathOptions : void 0,
				interactionWidth: edge.interactionWidth
			}), isReconnectable && (0, import_jsx_runtime.jsx)(EdgeUpdateAnchors, {
				edge,
				isReconnectable,
				reconnectRadius,
				onReconnect,
				onReconnectStart,
				onReconnectEnd,
				sourceX,
				sourceY,
				targetX,
				targetY,
				sourcePosition,
				targetPosition,
				setUpdateHover,
				setReconnecting
			})]
		})
	});
}
var EdgeWrapper$1 = (0, import_react.memo)(EdgeWrapper);
var selector$9 = (s) => ({
	edgesFocusable: s.edgesFocusable,
	edgesReconnectable: s.edgesReconnectable,
	elementsSelectable: s.elementsSelectable,
	connectionMode: s.connectionMode,
	onError: s.onError
});
function EdgeRendererComponent({ defaultMarkerColor, onlyRenderVisibleElements, rfId, edgeTypes, noPanClassName, onReconnect, onEdgeContextMenu, onEdgeMouseEnter, onEdgeMouseMove, onEdgeMouseLeave, onEdgeClick, reconnectRadius, onEdgeDoubleClick, onReconnectStart, onReconnectEnd, disableKeyboardA11y }) {
	const { edgesFocusable, edgesReconnectable, elementsSelectable, onError } = useStore(selector$9, shallow$1);
	const edgeIds = useVisibleEdgeIds(onlyRenderVisibleElements);
	return (0, import_jsx_runtime.jsxs)("div", {
		className: "react-flow__edges",
		children: [(0, import_jsx_runtime.jsx)(MarkerDefinitions$1, {
			defaultColor: defaultMarkerColor,
			rfId
		}), edgeIds.map((id) => {
			return (0, import_jsx_runtime.jsx)(EdgeWrapper$1, {
				id,
				edgesFocusable,
				edgesReconnectable,
				elementsSelectable,
				noPanClassName,
				onReconnect,
				onContextMenu: onEdgeContextMenu,
				onMouseEnter: onEdgeMouseEnter,
				onMouseMove: onEdgeMouseMove,
				onMouseLeave: onEdgeMouseLeave,
				onClick: onEdgeClick,
				reconnectRadius,
				onDoubleClick: onEdgeDoubleClick,
				onReconnectStart,
				onReconnectEnd,
				rfId,
				onError,
				edgeTypes,
				disableKeyboardA11y
			}, id);
		})]
	});
}
EdgeRendererComponent.displayName = "EdgeRenderer";
var EdgeRenderer = (0, import_react.memo)(EdgeRendererComponent);
var toTransformString = (transform) => `translate(${transform[0]}px,${transform[1]}px) scale(${transform[2]})`;
function Viewport({ children }) {
	const store = useStoreApi();
	const viewportRef = (0, import_react.useRef)(null);
	const [initialTransform] = (0, import_react.useState)(() => store.getState().transform);
	useIsomorphicLayoutEffect(() => {
		let prevTransform = null;
		const applyTransform = () => {
			const transform = store.getState().transform;
			if (prevTransform && transform[0] === prevTransform[0] && transform[1] === prevTransform[1] && transform[2] === prevTransform[2]) return;
			prevTransform = transform;
			if (viewportRef.current) viewportRef.current.style.transform = toTransformString(transform);
		};
		applyTransform();
		return store.subscribe(applyTransform);
	}, [store]);
	return (0, import_jsx_runtime.jsx)("div", {
		ref: viewportRef,
		className: "react-flow__viewport xyflow__viewport react-flow__container",
		style: { transform: toTransformString(initialTransform) },
		children
	});
}
/**
* Hook for calling onInit handler.
*
* @internal
*/
function useOnInitHandler(onInit) {
	const rfInstance = useReactFlow();
	const isInitialized = (0, import_react.useRef)(false);
	(0, import_react.useEffect)(() => {
		if (!isInitialized.current && rfInstance.viewportInitialized && onInit) {
			setTimeout(() => onInit(rfInstance), 1);
			isInitialized.current = true;
		}
	}, [onInit, rfInstance.viewportInitialized]);
}
var selector$8 = (state) => state.panZoom?.syncViewport;
/**
* Hook for syncing the viewport with the panzoom instance.
*
* @internal
* @param viewport
*/
function useViewportSync(viewport) {
	const syncViewport = useStore(selector$8);
	const store = useStoreApi();
	(0, import_react.useEffect)(() => {
		if (viewport) {
			syncViewport?.(viewport);
			store.setState({ transform: [
				viewport.x,
				viewport.y,
				viewport.zoom
			] });
		}
	}, [viewport, syncViewport]);
	return null;
}
function storeSelector$1(s) {
	return s.connection.inProgress ? {
		...s.connection,
		to: pointToRendererPoint(s.connection.to, s.transform)
	} : { ...s.connection };
}
function getSelector(connectionSelector) {
	if (connectionSelector) {
		const combinedSelector = (s) => {
			return connectionSelector(storeSelector$1(s));
		};
		return combinedSelector;
	}
	return storeSelector$1;
}
/**
* The `useConnection` hook returns the current connection when there is an active
* connection interaction. If no connection interaction is active, it returns null
* for every property. A typical use case for this hook is to colorize handles
* based on a certain condition (e.g. if the connection is valid or not).
*
* @public
* @param connectionSelector - An optional selector function used to extract a slice of the
* `ConnectionState` data. Using a selector can prevent component re-renders where data you don't
* otherwise care about might change. If a selector is not provided, the entire `ConnectionState`
* object is returned unchanged.
* @example
*
* ```tsx
*import { useConnection } from '@xyflow/react';
*
*function App() {
*  const connection = useConnection();
*
*  return (
*    <div> {connection ? `Someone is trying to make a connection from ${connection.fromNode} to this one.` : 'There are currently no incoming connections!'}
*
*   </div>
*   );
* }
* ```
*
* @returns ConnectionState
*/
function useConnection(connectionSelector) {
	return useStore(getSelector(connectionSelector), shallow$1);
}
var selector$7 = (s) => ({
	nodesConnectable: s.nodesConnectable,
	isValid: s.connection.isValid,
	inProgress: s.connection.inProgress,
	width: s.width,
	height: s.height
});
function ConnectionLineWrapper({ containerStyle, style, type, component }) {
	const { nodesConnectable, width, height, isValid, inProgress } = useStore(selector$7, shallow$1);
	if (!!!(width && nodesConnectable && inProgress)) return null;
	return (0, import_jsx_runtime.jsx)("svg", {
		style: containerStyle,
		width,
		height,
		className: "react-flow__connectionline react-flow__container",
		children: (0, import_jsx_runtime.jsx)("g", {
			className: cc(["react-flow__connection", getConnectionStatus(isValid)]),
			children: (0, import_jsx_runtime.jsx)(ConnectionLine, {
				style,
				type,
				CustomComponent: component,
				isValid
			})
		})
	});
}
var ConnectionLine = ({ style, type = ConnectionLineType.Bezier, CustomComponent, isValid }) => {
	const { inProgress, from, fromNode, fromHandle, fromPosition, to, toNode, toHandle, toPosition, pointer } = useConnection();
	if (!inProgress) return;
	if (CustomComponent) return (0, import_jsx_runtime.jsx)(CustomComponent, {
		connectionLineType: type,
		connectionLineStyle: style,
		fromNode,
		fromHandle,
		fromX: from.x,
		fromY: from.y,
		toX: to.x,
		toY: to.y,
		fromPosition,
		toPosition,
		connectionStatus: getConnectionStatus(isValid),
		toNode,
		toHandle,
		pointer
	});
	let path = "";
	const pathParams = {
		sourceX: from.x,
		sourceY: from.y,
		sourcePosition: fromPosition,
		targetX: to.x,
		targetY: to.y,
		targetPosition: toPosition
	};
	switch (type) {
		case ConnectionLineType.Bezier:
			[path] = getBezierPath(pathParams);
			break;
		case ConnectionLineType.SimpleBezier:
			[path] = getSimpleBezierPath(pathParams);
			break;
		case ConnectionLineType.Step:
			[path] = getSmoothStepPath({
				...pathParams,
				borderRadius: 0
			});
			break;
		case ConnectionLineType.SmoothStep:
			[path] = getSmoothStepPath(pathParams);
			break;
		default: [path] = getStraightPath(pathParams);
	}
	return (0, import_jsx_runtime.jsx)("path", {
		d: path,
		fill: "none",
		className: "react-flow__connection-path",
		style
	});
};
ConnectionLine.displayName = "ConnectionLine";
var emptyTypes = {};
function useNodeOrEdgeTypesWarning(nodeOrEdgeTypes = emptyTypes) {
	(0, import_react.useRef)(nodeOrEdgeTypes);
	useStoreApi();
	(0, import_react.useEffect)(() => {}, [nodeOrEdgeTypes]);
}
function useStylesLoadedWarning() {
	useStoreApi();
	(0, import_react.useRef)(false);
	(0, import_react.useEffect)(() => {}, []);
}
function GraphViewComponent({ nodeTypes, edgeTypes, onInit, onNodeClick, onEdgeClick, onNodeDoubleClick, onEdgeDoubleClick, onNodeMouseEnter, onNodeMouseMove, onNodeMouseLeave, onNodeContextMenu, onSelectionContextMenu, onSelectionStart, onSelectionEnd, connectionLineType, connectionLineStyle, connectionLineComponent, connectionLineContainerStyle, selectionKeyCode, selectionOnDrag, selectionMode, multiSelectionKeyCode, panActivationKeyCode, zoomActivationKeyCode, deleteKeyCode, onlyRenderVisibleElements, elementsSelectable, defaultViewport, translateExtent, minZoom, maxZoom, preventScrolling, defaultMarkerColor, zoomOnScroll, zoomOnPinch, panOnScroll, panOnScrollSpeed, panOnScrollMode, zoomOnDoubleClick, panOnDrag, autoPanOnSelection, onPaneClick, onPaneMouseEnter, onPaneMouseMove, onPaneMouseLeave, onPaneScroll, onPaneContextMenu, paneClickDistance, nodeClickDistance, onEdgeContextMenu, onEdgeMouseEnter, onEdgeMouseMove, onEdgeMouseLeave, reconnectRadius, onReconnect, onReconnectStart, onReconnectEnd, noDragClassName, noWheelClassName, noPanClassName, disableKeyboardA11y, nodeExtent, rfId, viewport, onViewportChange, nodesDraggable }) {
	useNodeOrEdgeTypesWarning(nodeTypes);
	useNodeOrEdgeTypesWarning(edgeTypes);
	useStylesLoadedWarning();
	useOnInitHandler(onInit);
	useViewportSync(viewport);
	return (0, import_jsx_runtime.jsx)(FlowRenderer, {
		onPaneClick,
		onPaneMouseEnter,
		onPaneMouseMove,
		onPaneMouseLeave,
		onPaneContextMenu,
		onPaneScroll,
		paneClickDistance,
		deleteKeyCode,
		selectionKeyCode,
		selectionOnDrag,
		selectionMode,
		onSelectionStart,
		onSelectionEnd,
		multiSelectionKeyCode,
		panActivationKeyCode,
		zoomActivationKeyCode,
		elementsSelectable,
		zoomOnScroll,
		zoomOnPinch,
		zoomOnDoubleClick,
		panOnScroll,
		panOnScrollSpeed,
		panOnScrollMode,
		panOnDrag,
		autoPanOnSelection,
		defaultViewport,
		translateExtent,
		minZoom,
		maxZoom,
		onSelectionContextMenu,
		preventScrolling,
		noDragClassName,
		noWheelClassName,
		noPanClassName,
		disableKeyboardA11y,
		onViewportChange,
		isControlledViewport: !!viewport,
		children: (0, import_jsx_runtime.jsxs)(Viewport, { children: [
			(0, import_jsx_runtime.jsx)(EdgeRenderer, {
				edgeTypes,
				onEdgeClick,
				onEdgeDoubleClick,
				onReconnect,
				onReconnectStart,
				onReconnectEnd,
				onlyRenderVisibleElements,
				onEdgeContextMenu,
				onEdgeMouseEnter,
				onEdgeMouseMove,
				onEdgeMouseLeave,
				reconnectRadius,
				defaultMarkerColor,
				noPanClassName,
				disableKeyboardA11y,
				rfId
			}),
			(0, import_jsx_runtime.jsx)(ConnectionLineWrapper, {
				style: connectionLineStyle,
				type: connectionLineType,
				component: connectionLineComponent,
				containerStyle: connectionLineContainerStyle
			}),
			(0, import_jsx_runtime.jsx)("div", { className: "react-flow__edgelabel-renderer" }),
			(0, import_jsx_runtime.jsx)(NodeRenderer, {
				nodeTypes,
				onNodeClick,
				onNodeDoubleClick,
				onNodeMouseEnter,
				onNodeMouseMove,
				onNodeMouseLeave,
				onNodeContextMenu,
				nodeClickDistance,
				onlyRenderVisibleElements,
				noPanClassName,
				noDragClassName,
				disableKeyboardA11y,
				nodeExtent,
				rfId,
				nodesDraggable
			}),
			(0, import_jsx_runtime.jsx)("div", { className: "react-flow__viewport-portal" })
		] })
	});
}
GraphViewComponent.displayName = "GraphView";
var GraphView = (0, import_react.memo)(GraphViewComponent);
var devWarn = createDevWarn("React Flow", "https://reactflow.dev/");
var getInitialState = ({ nodes, edges, defaultNodes, defaultEdges, width, height, fitView, fitViewOptions, minZoom = .5, maxZoom = 2, nodeOrigin, nodeExtent, zIndexMode = "basic" } = {}) => {
	const nodeLookup = /* @__PURE__ */ new Map();
	const parentLookup = /* @__PURE__ */ new Map();
	const connectionLookup = /* @__PURE__ */ new Map();
	const edgeLookup = /* @__PURE__ */ new Map();
	const storeEdges = defaultEdges ?? edges ?? [];
	const storeNodes = defaultNodes ?? nodes ?? [];
	const storeNodeOrigin = nodeOrigin ?? [0, 0];
	const storeNodeExtent = nodeExtent ?? infiniteExtent;
	updateConnectionLookup(connectionLookup, edgeLookup, storeEdges);
	const { nodesInitialized } = adoptUserNodes(storeNodes, nodeLookup, parentLookup, {
		nodeOrigin: storeNodeOrigin,
		nodeExtent: storeNodeExtent,
		zIndexMode
	});
	let transform = [
		0,
		0,
		1
	];
	if (fitView && width && height) {
		const { x, y, zoom } = getViewportForBounds(getInternalNodesBounds(nodeLookup, { filter: (node) => !!((node.width || node.initialWidth) && (node.height || node.initialHeight)) }), width, height, minZoom, maxZoom, fitViewOptions?.padding ?? .1);
		transform = [
			x,
			y,
			zoom
		];
	}
	return {
		rfId: "1",
		width: width ?? 0,
		height: height ?? 0,
		transform,
		nodes: storeNodes,
		nodesInitialized,
		nodeLookup,
		parentLookup,
		edges: storeEdges,
		edgeLookup,
		connectionLookup,
		onNodesChange: null,
		onEdgesChange: null,
		hasDefaultNodes: defaultNodes !== void 0,
		hasDefaultEdges: defaultEdges !== void 0,
		panZoom: null,
		minZoom,
		maxZoom,
		translateExtent: infiniteExtent,
		nodeExtent: storeNodeExtent,
		nodesSelectionActive: false,
		userSelectionActive: false,
		userSelectionRect: null,
		connectionMode: ConnectionMode.Strict,
		domNode: null,
		paneDragging: false,
		noPanClassName: "nopan",
		nodeOrigin: storeNodeOrigin,
		nodeDragThreshold: 1,
		connectionDragThreshold: 1,
		snapGrid: [15, 15],
		snapToGrid: false,
		nodesDraggable: true,
		nodesConnectable: true,
		nodesFocusable: true,
		edgesFocusable: true,
		edgesReconnectable: true,
		elementsSelectable: true,
		elevateNodesOnSelect: true,
		elevateEdgesOnSelect: true,
		selectNodesOnDrag: true,
		multiSelectionActive: false,
		fitViewQueued: fitView ?? false,
		fitViewOptions,
		fitViewResolver: null,
		connection: { ...initialConnection },
		connectionClickStartHandle: null,
		connectOnClick: true,
		ariaLiveMessage: "",
		autoPanOnConnect: true,
		autoPanOnNodeDrag: true,
		autoPanOnNodeFocus: true,
		autoPanSpeed: 15,
		connectionRadius: 20,
		onError: devWarn,
		isValidConnection: void 0,
		onSelectionChangeHandlers: [],
		lib: "react",
		debug: false,
		ariaLabelConfig: defaultAriaLabelConfig,
		zIndexMode,
		defaultEdgeOptions: void 0,
		onNodesChangeMiddlewareMap: /* @__PURE__ */ new Map(),
		onEdgesChangeMiddlewareMap: /* @__PURE__ */ new Map(),
		onNodesDelete: void 0,
		onEdgesDelete: void 0,
		onDelete: void 0,
		onBeforeDelete: void 0,
		onViewportChangeStart: void 0,
		onViewportChange: void 0,
		onViewportChangeEnd: void 0,
		onNodeDragStart: void 0,
		onNodeDrag: void 0,
		onNodeDragStop: void 0,
		onSelectionDragStart: void 0,
		onSelectionDrag: void 0,
		onSelectionDragStop: void 0,
		onMoveStart: void 0,
		onMove: void 0,
		onMoveEnd: void 0,
		onConnect: void 0,
		onConnectStart: void 0,
		onConnectEnd: void 0,
		onClickConnectStart: void 0,
		onClickConnectEnd: void 0
	};
};
var createStore = ({ nodes, edges, defaultNodes, defaultEdges, width, height, fitView, fitViewOptions, minZoom, maxZoom, nodeOrigin, nodeExtent, zIndexMode }) => createWithEqualityFn((set, get) => {
	async function resolveFitView() {
		const { nodeLookup, panZoom, fitViewOptions, fitViewResolver, width, height, minZoom, maxZoom } = get();
		if (!panZoom) return;
		await fitViewport({
			nodes: nodeLookup,
			width,
			height,
			panZoom,
			minZoom,
			maxZoom
		}, fitViewOptions);
		fitViewResolver?.resolve(true);
		/**
		* wait for the fitViewport to resolve before deleting the resolver,
		* we want to reuse the old resolver if the user calls fitView again in the mean time
		*/
		set({ fitViewResolver: null });
	}
	return {
		...getInitialState({
			nodes,
			edges,
			width,
			height,
			fitView,
			fitViewOptions,
			minZoom,
			maxZoom,
			nodeOrigin,
			nodeExtent,
			defaultNodes,
			defaultEdges,
			zIndexMode
		}),
		setNodes: (nodes) => {
			const { nodeLookup, parentLookup, nodeOrigin, nodeExtent, elevateNodesOnSelect, fitViewQueued, zIndexMode, nodesSelectionActive } = get();
			const { nodesInitialized, hasSelectedNodes } = adoptUserNodes(nodes, nodeLookup, parentLookup, {
				nodeOrigin,
				nodeExtent,
				elevateNodesOnSelect,
				checkEquality: true,
				zIndexMode
			});
			const nextNodesSelectionActive = nodesSelectionActive && hasSelectedNodes;
			if (fitViewQueued && nodesInitialized) {
				resolveFitView();
				set({
					nodes,
					nodesInitialized,
					fitViewQueued: false,
					fitViewOptions: void 0,
					nodesSelectionActive: nextNodesSelectionActive
				});
			} else set({
				nodes,
				nodesInitialized,
				nodesSelectionActive: nextNodesSelectionActive
			});
		},
		setEdges: (edges) => {
			const { connectionLookup, edgeLookup } = get();
			updateConnectionLookup(connectionLookup, edgeLookup, edges);
			set({ edges });
		},
		setDefaultNodesAndEdges: (nodes, edges) => {
			if (nodes) {
				const { setNodes } = get();
				setNodes(nodes);
				set({ hasDefaultNodes: true });
			}
			if (edges) {
				const { setEdges } = get();
				setEdges(edges);
				set({ hasDefaultEdges: true });
			}
		},
		updateNodeInternals: (updates) => {
			const { triggerNodeChanges, nodeLookup, parentLookup, domNode, nodeOrigin, nodeExtent, debug, fitViewQueued, zIndexMode } = get();
			const { changes, updatedInternals } = updateNodeInternals(updates, nodeLookup, parentLookup, domNode, nodeOrigin, nodeExtent, zIndexMode);
			if (!updatedInternals) return;
			updateAbsolutePositions(nodeLookup, parentLookup, {
				nodeOrigin,
				nodeExtent,
				zIndexMode
			});
			if (fitViewQueued) {
				resolveFitView();
				set({
					fitViewQueued: false,
					fitViewOptions: void 0
				});
			} else set({});
			if (changes?.length > 0) {
				if (debug) console.log("React Flow: trigger node changes", changes);
				triggerNodeChanges?.(changes);
			}
		},
		updateNodePositions: (nodeDragItems, dragging = false) => {
			const parentExpandChildren = [];
			let changes = [];
			const { nodeLookup, triggerNodeChanges, connection, updateConnection, onNodesChangeMiddlewareMap } = get();
			for (const [id, dragItem] of nodeDragItems) {
				const node = nodeLookup.get(id);
				const expandParent = !!(node?.expandParent && node?.parentId && dragItem?.position);
				const change = {
					id,
					type: "position",
					position: expandParent ? {
						x: Math.max(0, dragItem.position.x),
						y: Math.max(0, dragItem.position.y)
					} : dragItem.position,
					dragging
				};
				if (node && connection.inProgress && connection.fromNode.id === node.id) {
					const updatedFrom = getHandlePosition(node, connection.fromHandle, Position.Left, true);
					updateConnection({
						...connection,
						from: updatedFrom
					});
				}
				if (expandParent && node.parentId) parentExpandChildren.push({
					id,
					parentId: node.parentId,
					rect: {
						...dragItem.internals.positionAbsolute,
						width: dragItem.measured.width ?? 0,
						height: dragItem.measured.height ?? 0
					}
				});
				changes.push(change);
			}
			if (parentExpandChildren.length > 0) {
				const { parentLookup, nodeOrigin } = get();
				const parentExpandChanges = handleExpandParent(parentExpandChildren, nodeLookup, parentLookup, nodeOrigin);
				changes.push(...parentExpandChanges);
			}
			for (const middleware of onNodesChangeMiddlewareMap.values()) changes = middleware(changes);
			triggerNodeChanges(changes);
		},
		triggerNodeChanges: (changes) => {
			const { onNodesChange, setNodes, nodes, hasDefaultNodes, debug } = get();
			if (changes?.length) {
				if (hasDefaultNodes) setNodes(applyNodeChanges(changes, nodes));
				if (debug) console.log("React Flow: trigger node changes", changes);
				onNodesChange?.(changes);
			}
		},
		triggerEdgeChanges: (changes) => {
			const { onEdgesChange, setEdges, edges, hasDefaultEdges, debug } = get();
			if (changes?.length) {
				if (hasDefaultEdges) setEdges(applyEdgeChanges(changes, edges));
				if (debug) console.log("React Flow: trigger edge changes", changes);
				onEdgesChange?.(changes);
			}
		},
		addSelectedNodes: (selectedNodeIds) => {
			const { multiSelectionActive, edgeLookup, nodeLookup, triggerNodeChanges, triggerEdgeChanges } = get();
			if (multiSelectionActive) {
				triggerNodeChanges(selectedNodeIds.map((nodeId) => createSelectionChange(nodeId, true)));
				return;
			}
			triggerNodeChanges(getSelectionChanges(nodeLookup, /* @__PURE__ */ new Set([...selectedNodeIds])));
			triggerEdgeChanges(getSelectionChanges(edgeLookup));
		},
		addSelectedEdges: (selectedEdgeIds) => {
			const { multiSelectionActive, edgeLookup, nodeLookup, triggerNodeChanges, triggerEdgeChanges } = get();
			if (multiSelectionActive) {
				triggerEdgeChanges(selectedEdgeIds.map((edgeId) => createSelectionChange(edgeId, true)));
				return;
			}
			triggerEdgeChanges(getSelectionChanges(edgeLookup, /* @__PURE__ */ new Set([...selectedEdgeIds])));
			triggerNodeChanges(getSelectionChanges(nodeLookup, /* @__PURE__ */ new Set()));
		},
		unselectNodesAndEdges: ({ nodes, edges } = {}) => {
			const { edges: storeEdges, nodes: storeNodes, nodeLookup, triggerNodeChanges, triggerEdgeChanges } = get();
			const nodesToUnselect = nodes ? nodes : storeNodes;
			const edgesToUnselect = edges ? edges : storeEdges;
			const nodeChanges = [];
			for (const node of nodesToUnselect) {
				if (!node.selected) continue;
				nodeChanges.push(createSelectionChange(node.id, false));
			}
			const edgeChanges = [];
			for (const edge of edgesToUnselect) {
				if (!edge.selected) continue;
				edgeChanges.push(createSelectionChange(edge.id, false));
			}
			triggerNodeChanges(nodeChanges);
			triggerEdgeChanges(edgeChanges);
		},
		setMinZoom: (minZoom) => {
			const { panZoom, maxZoom } = get();
			panZoom?.setScaleExtent([minZoom, maxZoom]);
			set({ minZoom });
		},
		setMaxZoom: (maxZoom) => {
			const { panZoom, minZoom } = get();
			panZoom?.setScaleExtent([minZoom, maxZoom]);
			set({ maxZoom });
		},
		setTranslateExtent: (translateExtent) => {
			get().panZoom?.setTranslateExtent(translateExtent);
			set({ translateExtent });
		},
		resetSelectedElements: () => {
			const { edges, nodes, triggerNodeChanges, triggerEdgeChanges, elementsSelectable } = get();
			if (!elementsSelectable) return;
			const nodeChanges = nodes.reduce((res, node) => node.selected ? [...res, createSelectionChange(node.id, false)] : res, []);
			const edgeChanges = edges.reduce((res, edge) => edge.selected ? [...res, createSelectionChange(edge.id, false)] : res, []);
			triggerNodeChanges(nodeChanges);
			triggerEdgeChanges(edgeChanges);
		},
		setNodeExtent: (nextNodeExtent) => {
			const { nodes, nodeLookup, parentLookup, nodeOrigin, elevateNodesOnSelect, nodeExtent, zIndexMode } = get();
			if (nextNodeExtent[0][0] === nodeExtent[0][0] && nextNodeExtent[0][1] === nodeExtent[0][1] && nextNodeExtent[1][0] === nodeExtent[1][0] && nextNodeExtent[1][1] === nodeExtent[1][1]) return;
			adoptUserNodes(nodes, nodeLookup, parentLookup, {
				nodeOrigin,
				nodeExtent: nextNodeExtent,
				elevateNodesOnSelect,
				checkEquality: false,
				zIndexMode
			});
			set({ nodeExtent: nextNodeExtent });
		},
		panBy: (delta) => {
			const { transform, width, height, panZoom, translateExtent } = get();
			return panBy({
				delta,
				panZoom,
				transform,
				translateExtent,
				width,
				height
			});
		},
		setCenter: async (x, y, options) => {
			const { width, height, maxZoom, panZoom } = get();
			if (!panZoom) return false;
			const nextZoom = typeof options?.zoom !== "undefined" ? options.zoom : maxZoom;
			await panZoom.setViewport({
				x: width / 2 - x * nextZoom,
				y: height / 2 - y * nextZoom,
				zoom: nextZoom
			}, {
				duration: options?.duration,
				ease: options?.ease,
				interpolate: options?.interpolate
			});
			return true;
		},
		cancelConnection: () => {
			set({ connection: { ...initialConnection } });
		},
		updateConnection: (connection) => {
			set({ connection });
		},
		reset: () => set({ ...getInitialState() })
	};
}, Object.is);
/**
* The `<ReactFlowProvider />` component is a [context provider](https://react.dev/learn/passing-data-deeply-with-context#)
* that makes it possible to access a flow's internal state outside of the
* [`<ReactFlow />`](/api-reference/react-flow) component. Many of the hooks we
* provide rely on this component to work.
* @public
*
* @example
* ```tsx
*import { ReactFlow, ReactFlowProvider, useNodes } from '@xyflow/react'
*
*export default function Flow() {
*  return (
*    <ReactFlowProvider>
*      <ReactFlow nodes={...} edges={...} />
*      <Sidebar />
*    </ReactFlowProvider>
*  );
*}
*
*function Sidebar() {
*  // This hook will only work if the component it's used in is a child of a
*  // <ReactFlowProvider />.
*  const nodes = useNodes()
*
*  return <aside>do something with nodes</aside>;
*}
*```
*
* @remarks If you're using a router and want your flow's state to persist across routes,
* it's vital that you place the `<ReactFlowProvider />` component _outside_ of
* your router. If you have multiple flows on the same page you will need to use a separate
* `<ReactFlowProvider />` for each flow.
*/
function ReactFlowProvider({ initialNodes: nodes, initialEdges: edges, defaultNodes, defaultEdges, initialWidth: width, initialHeight: height, initialMinZoom: minZoom, initialMaxZoom: maxZoom, initialFitViewOptions: fitViewOptions, fitView, nodeOrigin, nodeExtent, zIndexMode, children }) {
	const [store] = (0, import_react.useState)(() => createStore({
		nodes,
		edges,
		defaultNodes,
		defaultEdges,
		width,
		height,
		fitView,
		minZoom,
		maxZoom,
		fitViewOptions,
		nodeOrigin,
		nodeExtent,
		zIndexMode
	}));
	return (0, import_jsx_runtime.jsx)(Provider$1, {
		value: store,
		children: (0, import_jsx_runtime.jsx)(BatchProvider, { children: (0, import_jsx_runtime.jsx)(HandleConfigProvider, { children }) })
	});
}
function Wrapper({ children, nodes, edges, defaultNodes, defaultEdges, width, height, fitView, fitViewOptions, minZoom, maxZoom, nodeOrigin, nodeExtent, zIndexMode }) {
	if ((0, import_react.useContext)(StoreContext)) return (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children });
	return (0, import_jsx_runtime.jsx)(ReactFlowProvider, {
		initialNodes: nodes,
		initialEdges: edges,
		defaultNodes,
		defaultEdges,
		initialWidth: width,
		initialHeight: height,
		fitView,
		initialFitViewOptions: fitViewOptions,
		initialMinZoom: minZoom,
		initialMaxZoom: maxZoom,
		nodeOrigin,
		nodeExtent,
		zIndexMode,
		children
	});
}
var wrapperStyle = {
	width: "100%",
	height: "100%",
	overflow: "hidden",
	position: "relative",
	zIndex: 0
};
function ReactFlow({ nodes, edges, defaultNodes, defaultEdges, className, nodeTypes, edgeTypes, onNodeClick, onEdgeClick, onInit, onMove, onMoveStart, onMoveEnd, onConnect, onConnectStart, onConnectEnd, onClickConnectStart, onClickConnectEnd, onNodeMouseEnter, onNodeMouseMove, onNodeMouseLeave, onNodeContextMenu, onNodeDoubleClick, onNodeDragStart, onNodeDrag, onNodeDragStop, onNodesDelete, onEdgesDelete, onDelete, onSelectionChange, onSelectionDragStart, onSelectionDrag, onSelectionDragStop, onSelectionContextMenu, onSelectionStart, onSelectionEnd, onBeforeDelete, connectionMode, connectionLineType = ConnectionLineType.Bezier, connectionLineStyle, connectionLineComponent, connectionLineContainerStyle, deleteKeyCode = "Backspace", selectionKeyCode = "Shift", selectionOnDrag = false, selectionMode = SelectionMode.Full, panActivationKeyCode = "Space", multiSelectionKeyCode = isMacOs() ? "Meta" : "Control", zoomActivationKeyCode = isMacOs() ? "Meta" : "Control", snapToGrid, snapGrid, onlyRenderVisibleElements = false, selectNodesOnDrag, nodesDraggable, autoPanOnNodeFocus, nodesConnectable, nodesFocusable, nodeOrigin = defaultNodeOrigin, edgesFocusable, edgesReconnectable, elementsSelectable = true, defaultViewport: defaultViewport$1 = defaultViewport, minZoom = .5, maxZoom = 2, translateExtent = infiniteExtent, preventScrolling = true, nodeExtent, defaultMarkerColor = "#b1b1b7", zoomOnScroll = true, zoomOnPinch = true, panOnScroll = false, panOnScrollSpeed = .5, panOnScrollMode = PanOnScrollMode.Free, zoomOnDoubleClick = true, panOnDrag = true, onPaneClick, onPaneMouseEnter, onPaneMouseMove, onPaneMouseLeave, onPaneScroll, onPaneContextMenu, paneClickDistance = 1, nodeClickDistance = 0, children, onReconnect, onReconnectStart, onReconnectEnd, onEdgeContextMenu, onEdgeDoubleClick, onEdgeMouseEnter, onEdgeMouseMove, onEdgeMouseLeave, reconnectRadius = 10, onNodesChange, onEdgesChange, noDragClassName = "nodrag", noWheelClassName = "nowheel", noPanClassName = "nopan", fitView, fitViewOptions, connectOnClick, attributionPosition, proOptions, defaultEdgeOptions, elevateNodesOnSelect = true, elevateEdgesOnSelect = false, disableKeyboardA11y = false, autoPanOnConnect, autoPanOnNodeDrag, autoPanOnSelection = true, autoPanSpeed, connectionRadius, isValidConnection, onError, style, id, nodeDragThreshold, connectionDragThreshold, viewport, onViewportChange, width, height, colorMode = "light", debug, onScroll, ariaLabelConfig, zIndexMode = "basic", ...rest }, ref) {
	const rfId = id || "1";
	const colorModeClassName = useColorModeClass(colorMode);
	const wrapperOnScroll = (0, import_react.useCallback)((e) => {
		e.currentTarget.scrollTo({
			top: 0,
			left: 0,
			behavior: "instant"
		});
		onScroll?.(e);
	}, [onScroll]);
	return (0, import_jsx_runtime.jsx)("div", {
		"data-testid": "rf__wrapper",
		...rest,
		onScroll: wrapperOnScroll,
		style: {
			...style,
			...wrapperStyle
		},
		ref,
		className: cc([
			"react-flow",
			className,
			colorModeClassName
		]),
		id,
		role: "application",
		children: (0, import_jsx_runtime.jsxs)(Wrapper, {
			nodes,
			edges,
			width,
			height,
			fitView,
			fitViewOptions,
			minZoom,
			maxZoom,
			nodeOrigin,
			nodeExtent,
			zIndexMode,
			children: [
				(0, import_jsx_runtime.jsx)(StoreUpdater, {
					nodes,
					edges,
					defaultNodes,
					defaultEdges,
					onConnect,
					onConnectStart,
					onConnectEnd,
					onClickConnectStart,
					onClickConnectEnd,
					nodesDraggable,
					autoPanOnNodeFocus,
					nodesConnectable,
					nodesFocusable,
					edgesFocusable,
					edgesReconnectable,
					elementsSelectable,
					elevateNodesOnSelect,
					elevateEdgesOnSelect,
					minZoom,
					maxZoom,
					nodeExtent,
					onNodesChange,
					onEdgesChange,
					snapToGrid,
					snapGrid,
					connectionMode,
					translateExtent,
					connectOnClick,
					defaultEdgeOptions,
					fitView,
					fitViewOptions,
					onNodesDelete,
					onEdgesDelete,
					onDelete,
					onNodeDragStart,
					onNodeDrag,
					onNodeDragStop,
					onSelectionDrag,
					onSelectionDragStart,
					onSelectionDragStop,
					onMove,
					onMoveStart,
					onMoveEnd,
					noPanClassName,
					nodeOrigin,
					rfId,
					autoPanOnConnect,
					autoPanOnNodeDrag,
					autoPanSpeed,
					onError,
					connectionRadius,
					isValidConnection,
					selectNodesOnDrag,
					nodeDragThreshold,
					connectionDragThreshold,
					onBeforeDelete,
					debug,
					ariaLabelConfig,
					zIndexMode
				}),
				(0, import_jsx_runtime.jsx)(GraphView, {
					onInit,
					onNodeClick,
					onEdgeClick,
					onNodeMouseEnter,
					onNodeMouseMove,
					onNodeMouseLeave,
					onNodeContextMenu,
					onNodeDoubleClick,
					nodeTypes,
					edgeTypes,
					connectionLineType,
					connectionLineStyle,
					connectionLineComponent,
					connectionLineContainerStyle,
					selectionKeyCode,
					selectionOnDrag,
					selectionMode,
					deleteKeyCode,
					multiSelectionKeyCode,
					panActivationKeyCode,
					zoomActivationKeyCode,
					onlyRenderVisibleElements,
					defaultViewport: defaultViewport$1,
					translateExtent,
					minZoom,
					maxZoom,
					preventScrolling,
					zoomOnScroll,
					zoomOnPinch,
					zoomOnDoubleClick,
					panOnScroll,
					panOnScrollSpeed,
					panOnScrollMode,
					panOnDrag,
					autoPanOnSelection,
					onPaneClick,
					onPaneMouseEnter,
					onPaneMouseMove,
					onPaneMouseLeave,
					onPaneScroll,
					onPaneContextMenu,
					paneClickDistance,
					nodeClickDistance,
					onSelectionContextMenu,
					onSelectionStart,
					onSelectionEnd,
					onReconnect,
					onReconnectStart,
					onReconnectEnd,
					onEdgeContextMenu,
					onEdgeDoubleClick,
					onEdgeMouseEnter,
					onEdgeMouseMove,
					onEdgeMouseLeave,
					reconnectRadius,
					defaultMarkerColor,
					noDragClassName,
					noWheelClassName,
					noPanClassName,
					rfId,
					disableKeyboardA11y,
					nodeExtent,
					viewport,
					onViewportChange,
					nodesDraggable
				}),
				(0, import_jsx_runtime.jsx)(SelectionListener, { onSelectionChange }),
				children,
				(0, import_jsx_runtime.jsx)(Attribution, {
					proOptions,
					position: attributionPosition
				}),
				(0, import_jsx_runtime.jsx)(A11yDescriptions, {
					rfId,
					disableKeyboardA11y
				})
			]
		})
	});
}
/**
* The `<ReactFlow />` component is the heart of your React Flow application.
* It renders your nodes and edges and handles user interaction
*
* @public
*
* @example
* ```tsx
*import { ReactFlow } from '@xyflow/react'
*
*export default function Flow() {
*  return (<ReactFlow
*    nodes={...}
*    edges={...}
*    onNodesChange={...}
*    ...
*  />);
*}
*```
*/
var index = fixedForwardRef(ReactFlow);
errorMessages["error014"]();
function LinePattern({ dimensions, lineWidth, variant, className }) {
	return (0, import_jsx_runtime.jsx)("path", {
		strokeWidth: lineWidth,
		d: `M${dimensions[0] / 2} 0 V${dimensions[1]} M0 ${dimensions[1] / 2} H${dimensions[0]}`,
		className: cc([
			"react-flow__background-pattern",
			variant,
			className
		])
	});
}
function DotPattern({ radius, className }) {
	return (0, import_jsx_runtime.jsx)("circle", {
		cx: radius,
		cy: radius,
		r: radius,
		className: cc([
			"react-flow__background-pattern",
			"dots",
			className
		])
	});
}
/**
* The three variants are exported as an enum for convenience. You can either import
* the enum and use it like `BackgroundVariant.Lines` or you can use the raw string
* value directly.
* @public
*/
var BackgroundVariant;
(function(BackgroundVariant) {
	BackgroundVariant["Lines"] = "lines";
	BackgroundVariant["Dots"] = "dots";
	BackgroundVariant["Cross"] = "cross";
})(BackgroundVariant || (BackgroundVariant = {}));
var defaultSize = {
	[BackgroundVariant.Dots]: 1,
	[BackgroundVariant.Lines]: 1,
	[BackgroundVariant.Cross]: 6
};
var selector$3 = (s) => ({
	transform: s.transform,
	patternId: `pattern-${s.rfId}`
});
function BackgroundComponent({ id, variant = BackgroundVariant.Dots, gap = 20, size, lineWidth = 1, offset = 0, color, bgColor, style, className, patternClassName }) {
	const ref = (0, import_react.useRef)(null);
	const { transform, patternId } = useStore(selector$3, shallow$1);
	const patternSize = size || defaultSize[variant];
	const isDots = variant === BackgroundVariant.Dots;
	const isCross = variant === BackgroundVariant.Cross;
	const gapXY = Array.isArray(gap) ? gap : [gap, gap];
	const scaledGap = [gapXY[0] * transform[2] || 1, gapXY[1] * transform[2] || 1];
	const scaledSize = patternSize * transform[2];
	const offsetXY = Array.isArray(offset) ? offset : [offset, offset];
	const patternDimensions = isCross ? [scaledSize, scaledSize] : scaledGap;
	const scaledOffset = [offsetXY[0] * transform[2] + patternDimensions[0] / 2, offsetXY[1] * transform[2] + patternDimensions[1] / 2];
	const _patternId = `${patternId}${id ? id : ""}`;
	return (0, import_jsx_runtime.jsxs)("svg", {
		className: cc(["react-flow__background", className]),
		style: {
			...style,
			...containerStyle,
			"--xy-background-color-props": bgColor,
			"--xy-background-pattern-color-props": color
		},
		ref,
		"data-testid": "rf__background",
		children: [(0, import_jsx_runtime.jsx)("pattern", {
			id: _patternId,
			x: transform[0] % scaledGap[0],
			y: transform[1] % scaledGap[1],
			width: scaledGap[0],
			height: scaledGap[1],
			patternUnits: "userSpaceOnUse",
			patternTransform: `translate(-${scaledOffset[0]},-${scaledOffset[1]})`,
			children: isDots ? (0, import_jsx_runtime.jsx)(DotPattern, {
				radius: scaledSize / 2,
				className: patternClassName
			}) : (0, import_jsx_runtime.jsx)(LinePattern, {
				dimensions: patternDimensions,
				lineWidth,
				variant,
				className: patternClassName
			})
		}), (0, import_jsx_runtime.jsx)("rect", {
			x: "0",
			y: "0",
			width: "100%",
			height: "100%",
			fill: `url(#${_patternId})`
		})]
	});
}
BackgroundComponent.displayName = "Background";
/**
* The `<Background />` component makes it convenient to render different types of backgrounds common in node-based UIs. It comes with three variants: lines, dots and cross.
*
* @example
*
* A simple example of how to use the Background component.
*
* ```tsx
* import { useState } from 'react';
* import { ReactFlow, Background, BackgroundVariant } from '@xyflow/react';
*
* export default function Flow() {
*   return (
*     <ReactFlow defaultNodes={[...]} defaultEdges={[...]}>
*       <Background color="#ccc" variant={BackgroundVariant.Dots} />
*     </ReactFlow>
*   );
* }
* ```
*
* @example
*
* In this example you can see how to combine multiple backgrounds
*
* ```tsx
* import { ReactFlow, Background, BackgroundVariant } from '@xyflow/react';
* import '@xyflow/react/dist/style.css';
*
* export default function Flow() {
*   return (
*     <ReactFlow defaultNodes={[...]} defaultEdges={[...]}>
*       <Background
*         id="1"
*         gap={10}
*         color="#f1f1f1"
*         variant={BackgroundVariant.Lines}
*       />
*       <Background
*         id="2"
*         gap={100}
*         color="#ccc"
*         variant={BackgroundVariant.Lines}
*       />
*     </ReactFlow>
*   );
* }
* ```
*
* @remarks
*
* When combining multiple <Background /> components it’s important to give each of them a unique id prop!
*
*/
var Background = (0, import_react.memo)(BackgroundComponent);
function PlusIcon() {
	return (0, import_jsx_runtime.jsx)("svg", {
		xmlns: "http://www.w3.org/2000/svg",
		viewBox: "0 0 32 32",
		children: (0, import_jsx_runtime.jsx)("path", { d: "M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" })
	});
}
function MinusIcon() {
	return (0, import_jsx_runtime.jsx)("svg", {
		xmlns: "http://www.w3.org/2000/svg",
		viewBox: "0 0 32 5",
		children: (0, import_jsx_runtime.jsx)("path", { d: "M0 0h32v4.2H0z" })
	});
}
function FitViewIcon() {
	return (0, import_jsx_runtime.jsx)("svg", {
		xmlns: "http://www.w3.org/2000/svg",
		viewBox: "0 0 32 30",
		children: (0, import_jsx_runtime.jsx)("path", { d: "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" })
	});
}
function LockIcon() {
	return (0, import_jsx_runtime.jsx)("svg", {
		xmlns: "http://www.w3.org/2000/svg",
		viewBox: "0 0 25 32",
		children: (0, import_jsx_runtime.jsx)("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z" })
	});
}
function UnlockIcon() {
	return (0, import_jsx_runtime.jsx)("svg", {
		xmlns: "http://www.w3.org/2000/svg",
		viewBox: "0 0 25 32",
		children: (0, import_jsx_runtime.jsx)("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047z" })
	});
}
/**
* You can add buttons to the control panel by using the `<ControlButton />` component
* and pass it as a child to the [`<Controls />`](/api-reference/components/controls) component.
*
* @public
* @example
*```jsx
*import { MagicWand } from '@radix-ui/react-icons'
*import { ReactFlow, Controls, ControlButton } from '@xyflow/react'
*
*export default function Flow() {
*  return (
*    <ReactFlow nodes={[...]} edges={[...]}>
*      <Controls>
*        <ControlButton onClick={() => alert('Something magical just happened. ✨')}>
*          <MagicWand />
*        </ControlButton>
*      </Controls>
*    </ReactFlow>
*  )
*}
*```
*/
function ControlButton({ children, className, ...rest }) {
	return (0, import_jsx_runtime.jsx)("button", {
		type: "button",
		className: cc(["react-flow__controls-button", className]),
		...rest,
		children
	});
}
var selector$2 = (s) => ({
	isInteractive: s.nodesDraggable || s.nodesConnectable || s.elementsSelectable,
	minZoomReached: s.transform[2] <= s.minZoom,
	maxZoomReached: s.transform[2] >= s.maxZoom,
	ariaLabelConfig: s.ariaLabelConfig
});
function ControlsComponent({ style, showZoom = true, showFitView = true, showInteractive = true, fitViewOptions, onZoomIn, onZoomOut, onFitView, onInteractiveChange, className, children, position = "bottom-left", orientation = "vertical", "aria-label": ariaLabel }) {
	const store = useStoreApi();
	const { isInteractive, minZoomReached, maxZoomReached, ariaLabelConfig } = useStore(selector$2, shallow$1);
	const { zoomIn, zoomOut, fitView } = useReactFlow();
	const onZoomInHandler = () => {
		zoomIn();
		onZoomIn?.();
	};
	const onZoomOutHandler = () => {
		zoomOut();
		onZoomOut?.();
	};
	const onFitViewHandler = () => {
		fitView(fitViewOptions);
		onFitView?.();
	};
	const onToggleInteractivity = () => {
		store.setState({
			nodesDraggable: !isInteractive,
			nodesConnectable: !isInteractive,
			elementsSelectable: !isInteractive
		});
		onInteractiveChange?.(!isInteractive);
	};
	return (0, import_jsx_runtime.jsxs)(Panel, {
		className: cc([
			"react-flow__controls",
			orientation === "horizontal" ? "horizontal" : "vertical",
			className
		]),
		position,
		style,
		"data-testid": "rf__controls",
		"aria-label": ariaLabel ?? ariaLabelConfig["controls.ariaLabel"],
		children: [
			showZoom && (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [(0, import_jsx_runtime.jsx)(ControlButton, {
				onClick: onZoomInHandler,
				className: "react-flow__controls-zoomin",
				title: ariaLabelConfig["controls.zoomIn.ariaLabel"],
				"aria-label": ariaLabelConfig["controls.zoomIn.ariaLabel"],
				disabled: maxZoomReached,
				children: (0, import_jsx_runtime.jsx)(PlusIcon, {})
			}), (0, import_jsx_runtime.jsx)(ControlButton, {
				onClick: onZoomOutHandler,
				className: "react-flow__controls-zoomout",
				title: ariaLabelConfig["controls.zoomOut.ariaLabel"],
				"aria-label": ariaLabelConfig["controls.zoomOut.ariaLabel"],
				disabled: minZoomReached,
				children: (0, import_jsx_runtime.jsx)(MinusIcon, {})
			})] }),
			showFitView && (0, import_jsx_runtime.jsx)(ControlButton, {
				className: "react-flow__controls-fitview",
				onClick: onFitViewHandler,
				title: ariaLabelConfig["controls.fitView.ariaLabel"],
				"aria-label": ariaLabelConfig["controls.fitView.ariaLabel"],
				children: (0, import_jsx_runtime.jsx)(FitViewIcon, {})
			}),
			showInteractive && (0, import_jsx_runtime.jsx)(ControlButton, {
				className: "react-flow__controls-interactive",
				onClick: onToggleInteractivity,
				title: ariaLabelConfig["controls.interactive.ariaLabel"],
				"aria-label": ariaLabelConfig["controls.interactive.ariaLabel"],
				children: isInteractive ? (0, import_jsx_runtime.jsx)(UnlockIcon, {}) : (0, import_jsx_runtime.jsx)(LockIcon, {})
			}),
			children
		]
	});
}
ControlsComponent.displayName = "Controls";
/**
* The `<Controls />` component renders a small panel that contains convenient
* buttons to zoom in, zoom out, fit the view, and lock the viewport.
*
* @public
* @example
*```tsx
*import { ReactFlow, Controls } from '@xyflow/react'
*
*export default function Flow() {
*  return (
*    <ReactFlow nodes={[...]} edges={[...]}>
*      <Controls />
*    </ReactFlow>
*  )
*}
*```
*
* @remarks To extend or customise the controls, you can use the [`<ControlButton />`](/api-reference/components/control-button) component
*
*/
var Controls = (0, import_react.memo)(ControlsComponent);
function MiniMapNodeComponent({ id, x, y, width, height, style, color, strokeColor, strokeWidth, className, borderRadius, shapeRendering, selected, onClick }) {
	const { background, backgroundColor } = style || {};
	const fill = color || background || backgroundColor;
	return (0, import_jsx_runtime.jsx)("rect", {
		className: cc([
			"react-flow__minimap-node",
			{ selected },
			className
		]),
		x,
		y,
		rx: borderRadius,
		ry: borderRadius,
		width,
		height,
		style: {
			fill,
			stroke: strokeColor,
			strokeWidth
		},
		shapeRendering,
		onClick: onClick ? (event) => onClick(event, id) : void 0
	});
}
var MiniMapNode = (0, import_react.memo)(MiniMapNodeComponent);
var selectorNodeIds = (s) => s.nodes.map((node) => node.id);
var getAttrFunction = (func) => func instanceof Function ? func : () => func;
function MiniMapNodes({ nodeStrokeColor, nodeColor, nodeClassName = "", nodeBorderRadius = 5, nodeStrokeWidth, nodeComponent: NodeComponent = MiniMapNode, onClick }) {
	const nodeIds = useStore(selectorNodeIds, shallow$1);
	const nodeColorFunc = getAttrFunction(nodeColor);
	const nodeStrokeColorFunc = getAttrFunction(nodeStrokeColor);
	const nodeClassNameFunc = getAttrFunction(nodeClassName);
	const shapeRendering = typeof window === "undefined" || !!window.chrome ? "crispEdges" : "geometricPrecision";
	return (0, import_jsx_runtime.jsx)(import_jsx_runtime.Fragment, { children: nodeIds.map((nodeId) => (0, import_jsx_runtime.jsx)(NodeComponentWrapper, {
		id: nodeId,
		nodeColorFunc,
		nodeStrokeColorFunc,
		nodeClassNameFunc,
		nodeBorderRadius,
		nodeStrokeWidth,
		NodeComponent,
		onClick,
		shapeRendering
	}, nodeId)) });
}
function NodeComponentWrapperInner({ id, nodeColorFunc, nodeStrokeColorFunc, nodeClassNameFunc, nodeBorderRadius, nodeStrokeWidth, shapeRendering, NodeComponent, onClick }) {
	const { node, x, y, width, height } = useStore((s) => {
		const node = s.nodeLookup.get(id);
		if (!node) return {
			node: void 0,
			x: 0,
			y: 0,
			width: 0,
			height: 0
		};
		const userNode = node.internals.userNode;
		const { x, y } = node.internals.positionAbsolute;
		const { width, height } = getNodeDimensions(userNode);
		return {
			node: userNode,
			x,
			y,
			width,
			height
		};
	}, shallow$1);
	if (!node || node.hidden || !nodeHasDimensions(node)) return null;
	return (0, import_jsx_runtime.jsx)(NodeComponent, {
		x,
		y,
		width,
		height,
		style: node.style,
		selected: !!node.selected,
		className: nodeClassNameFunc(node),
		color: nodeColorFunc(node),
		borderRadius: nodeBorderRadius,
		strokeColor: nodeStrokeColorFunc(node),
		strokeWidth: nodeStrokeWidth,
		shapeRendering,
		onClick,
		id: node.id
	});
}
var NodeComponentWrapper = (0, import_react.memo)(NodeComponentWrapperInner);
var MiniMapNodes$1 = (0, import_react.memo)(MiniMapNodes);
var defaultWidth = 200;
var defaultHeight = 150;
var filterHidden = (node) => !node.hidden;
var selector$1 = (s) => {
	const viewBB = {
		x: -s.transform[0] / s.transform[2],
		y: -s.transform[1] / s.transform[2],
		width: s.width / s.transform[2],
		height: s.height / s.transform[2]
	};
	let hasVisibleNode = false;
	for (const node of s.nodeLookup.values()) if (!node.hidden) {
		hasVisibleNode = true;
		break;
	}
	return {
		viewBB,
		boundingRect: hasVisibleNode ? getBoundsOfRects(getInternalNodesBounds(s.nodeLookup, { filter: filterHidden }), viewBB) : viewBB,
		rfId: s.rfId,
		panZoom: s.panZoom,
		translateExtent: s.translateExtent,
		flowWidth: s.width,
		flowHeight: s.height,
		ariaLabelConfig: s.ariaLabelConfig
	};
};
var rectEqual = (a, b) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
var areEqual = (a, b) => rectEqual(a.viewBB, b.viewBB) && rectEqual(a.boundingRect, b.boundingRect) && a.rfId === b.rfId && a.panZoom === b.panZoom && a.translateExtent === b.translateExtent && a.flowWidth === b.flowWidth && a.flowHeight === b.flowHeight && a.ariaLabelConfig === b.ariaLabelConfig;
var ARIA_LABEL_KEY = "react-flow__minimap-desc";
function MiniMapComponent({ style, className, nodeStrokeColor, nodeColor, nodeClassName = "", nodeBorderRadius = 5, nodeStrokeWidth, nodeComponent, bgColor, maskColor, maskStrokeColor, maskStrokeWidth, position = "bottom-right", onClick, onNodeClick, pannable = false, zoomable = false, ariaLabel, inversePan, zoomStep = 1, offsetScale = 5 }) {
	const store = useStoreApi();
	const svg = (0, import_react.useRef)(null);
	const { boundingRect, panZoom, viewBB, rfId, translateExtent, flowWidth, flowHeight, ariaLabelConfig } = useStore(selector$1, areEqual);
	const elementWidth = style?.width ?? defaultWidth;
	const elementHeight = style?.height ?? defaultHeight;
	const scaledWidth = boundingRect.width / elementWidth;
	const scaledHeight = boundingRect.height / elementHeight;
	const viewScale = Math.max(scaledWidth, scaledHeight);
	const viewWidth = viewScale * elementWidth;
	const viewHeight = viewScale * elementHeight;
	const offset = offsetScale * viewScale;
	const x = boundingRect.x - (viewWidth - boundingRect.width) / 2 - offset;
	const y = boundingRect.y - (viewHeight - boundingRect.height) / 2 - offset;
	const width = viewWidth + offset * 2;
	const height = viewHeight + offset * 2;
	const labelledBy = `${ARIA_LABEL_KEY}-${rfId}`;
	const viewScaleRef = (0, import_react.useRef)(0);
	const minimapInstance = (0, import_react.useRef)();
	viewScaleRef.current = viewScale;
	(0, import_react.useEffect)(() => {
		const currentPanZoom = store.getState().panZoom;
		if (svg.current && currentPanZoom) {
			minimapInstance.current = XYMinimap({
				domNode: svg.current,
				panZoom: currentPanZoom,
				getTransform: () => store.getState().transform,
				getViewScale: () => viewScaleRef.current
			});
			return () => {
				minimapInstance.current?.destroy();
			};
		}
	}, [panZoom]);
	(0, import_react.useEffect)(() => {
		minimapInstance.current?.update({
			translateExtent,
			width: flowWidth,
			height: flowHeight,
			inversePan,
			pannable,
			zoomStep,
			zoomable
		});
	}, [
		pannable,
		zoomable,
		inversePan,
		zoomStep,
		translateExtent,
		flowWidth,
		flowHeight
	]);
	const onSvgClick = onClick ? (event) => {
		const [x, y] = minimapInstance.current?.pointer(event) || [0, 0];
		onClick(event, {
			x,
			y
		});
	} : void 0;
	const nodeClickHandler = (0, import_react.useCallback)((event, nodeId) => {
		const node = store.getState().nodeLookup.get(nodeId).internals.userNode;
		onNodeClick?.(event, node);
	}, [onNodeClick]);
	const onSvgNodeClick = onNodeClick ? nodeClickHandler : void 0;
	const _ariaLabel = ariaLabel ?? ariaLabelConfig["minimap.ariaLabel"];
	return (0, import_jsx_runtime.jsx)(Panel, {
		position,
		style: {
			...style,
			"--xy-minimap-background-color-props": typeof bgColor === "string" ? bgColor : void 0,
			"--xy-minimap-mask-background-color-props": typeof maskColor === "string" ? maskColor : void 0,
			"--xy-minimap-mask-stroke-color-props": typeof maskStrokeColor === "string" ? maskStrokeColor : void 0,
			"--xy-minimap-mask-stroke-width-props": typeof maskStrokeWidth === "number" ? maskStrokeWidth * viewScale : void 0,
			"--xy-minimap-node-background-color-props": typeof nodeColor === "string" ? nodeColor : void 0,
			"--xy-minimap-node-stroke-color-props": typeof nodeStrokeColor === "string" ? nodeStrokeColor : void 0,
			"--xy-minimap-node-stroke-width-props": typeof nodeStrokeWidth === "number" ? nodeStrokeWidth : void 0
		},
		className: cc(["react-flow__minimap", className]),
		"data-testid": "rf__minimap",
		children: (0, import_jsx_runtime.jsxs)("svg", {
			width: elementWidth,
			height: elementHeight,
			viewBox: `${x} ${y} ${width} ${height}`,
			className: "react-flow__minimap-svg",
			role: "img",
			"aria-labelledby": labelledBy,
			ref: svg,
			onClick: onSvgClick,
			children: [
				_ariaLabel && (0, import_jsx_runtime.jsx)("title", {
					id: labelledBy,
					children: _ariaLabel
				}),
				(0, import_jsx_runtime.jsx)(MiniMapNodes$1, {
					onClick: onSvgNodeClick,
					nodeColor,
					nodeStrokeColor,
					nodeBorderRadius,
					nodeClassName,
					nodeStrokeWidth,
					nodeComponent
				}),
				(0, import_jsx_runtime.jsx)("path", {
					className: "react-flow__minimap-mask",
					d: `M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z
        M${viewBB.x},${viewBB.y}h${viewBB.width}v${viewBB.height}h${-viewBB.width}z`,
					fillRule: "evenodd",
					pointerEvents: "none"
				})
			]
		})
	});
}
MiniMapComponent.displayName = "MiniMap";
/**
* The `<MiniMap />` component can be used to render an overview of your flow. It
* renders each node as an SVG element and visualizes where the current viewport is
* in relation to the rest of the flow.
*
* @public
* @example
*
* ```jsx
*import { ReactFlow, MiniMap } from '@xyflow/react';
*
*export default function Flow() {
*  return (
*    <ReactFlow nodes={[...]} edges={[...]}>
*      <MiniMap nodeStrokeWidth={3} />
*    </ReactFlow>
*  );
*}
*```
*/
var MiniMap = (0, import_react.memo)(MiniMapComponent);
var scaleSelector = (calculateScale) => (store) => calculateScale ? `${Math.max(1 / store.transform[2], 1)}` : void 0;
var defaultPositions = {
	[ResizeControlVariant.Line]: "right",
	[ResizeControlVariant.Handle]: "bottom-right"
};
function ResizeControl({ nodeId, position, variant = ResizeControlVariant.Handle, className, style = void 0, children, color, minWidth = 10, minHeight = 10, maxWidth = Number.MAX_VALUE, maxHeight = Number.MAX_VALUE, keepAspectRatio = false, resizeDirection, autoScale = true, shouldResize, onResizeStart, onResize, onResizeEnd }) {
	const contextNodeId = useNodeId();
	const id = typeof nodeId === "string" ? nodeId : contextNodeId;
	const store = useStoreApi();
	const resizeControlRef = (0, import_react.useRef)(null);
	const isHandleControl = variant === ResizeControlVariant.Handle;
	const scale = useStore((0, import_react.useCallback)(scaleSelector(isHandleControl && autoScale), [isHandleControl, autoScale]), shallow$1);
	const resizer = (0, import_react.useRef)(null);
	const controlPosition = position ?? defaultPositions[variant];
	(0, import_react.useEffect)(() => {
		if (!resizeControlRef.current || !id) return;
		if (!resizer.current) resizer.current = XYResizer({
			domNode: resizeControlRef.current,
			nodeId: id,
			getStoreItems: () => {
				const { nodeLookup, transform, snapGrid, snapToGrid, nodeOrigin, domNode } = store.getState();
				return {
					nodeLookup,
					transform,
					snapGrid,
					snapToGrid,
					nodeOrigin,
					paneDomNode: domNode
				};
			},
			onChange: (change, childChanges) => {
				const { triggerNodeChanges, nodeLookup, parentLookup, nodeOrigin } = store.getState();
				const changes = [];
				const nextPosition = {
					x: change.x,
					y: change.y
				};
				const node = nodeLookup.get(id);
				if (node && node.expandParent && node.parentId) {
					const origin = node.origin ?? nodeOrigin;
					const width = change.width ?? node.measured.width ?? 0;
					const height = change.height ?? node.measured.height ?? 0;
					const parentExpandChanges = handleExpandParent([{
						id: node.id,
						parentId: node.parentId,
						rect: {
							width,
							height,
							...evaluateAbsolutePosition({
								x: change.x ?? node.position.x,
								y: change.y ?? node.position.y
							}, {
								width,
								height
							}, node.parentId, nodeLookup, origin)
						}
					}], nodeLookup, parentLookup, nodeOrigin);
					changes.push(...parentExpandChanges);
					nextPosition.x = change.x ? Math.max(origin[0] * width, change.x) : void 0;
					nextPosition.y = change.y ? Math.max(origin[1] * height, change.y) : void 0;
				}
				if (nextPosition.x !== void 0 && nextPosition.y !== void 0) {
					const positionChange = {
						id,
						type: "position",
						position: { ...nextPosition }
					};
					changes.push(positionChange);
				}
				if (change.width !== void 0 && change.height !== void 0) {
					const dimensionChange = {
						id,
						type: "dimensions",
						resizing: true,
						setAttributes: !resizeDirection ? true : resizeDirection === "horizontal" ? "width" : "height",
						dimensions: {
							width: change.width,
							height: change.height
						}
					};
					changes.push(dimensionChange);
				}
				for (const childChange of childChanges) {
					const positionChange = {
						...childChange,
						type: "position"
					};
					changes.push(positionChange);
				}
				triggerNodeChanges(changes);
			},
			onEnd: ({ width, height }) => {
				const dimensionChange = {
					id,
					type: "dimensions",
					resizing: false,
					dimensions: {
						width,
						height
					}
				};
				store.getState().triggerNodeChanges([dimensionChange]);
			}
		});
		resizer.current.update({
			controlPosition,
			boundaries: {
				minWidth,
				minHeight,
				maxWidth,
				maxHeight
			},
			keepAspectRatio,
			resizeDirection,
			onResizeStart,
			onResize,
			onResizeEnd,
			shouldResize
		});
		return () => {
			resizer.current?.destroy();
		};
	}, [
		controlPosition,
		minWidth,
		minHeight,
		maxWidth,
		maxHeight,
		keepAspectRatio,
		onResizeStart,
		onResize,
		onResizeEnd,
		shouldResize
	]);
	const positionClassNames = controlPosition.split("-");
	return (0, import_jsx_runtime.jsx)("div", {
		className: cc([
			"react-flow__resize-control",
			"nodrag",
			...positionClassNames,
			variant,
			className
		]),
		ref: resizeControlRef,
		style: {
			...style,
			scale,
			...color && { [isHandleControl ? "backgroundColor" : "borderColor"]: color }
		},
		children
	});
}
(0, import_react.memo)(ResizeControl);
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
	const ratio = val / step;
	const roundedRatio = Math.round(ratio);
	const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
	if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
	return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
/**
* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
*
* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
*/
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
/**
* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
*
* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
*/
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) {
		const descriptors = Object.getOwnPropertyDescriptors(def);
		Object.assign(mergedDescriptors, descriptors);
	}
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__*/ cached(() => {
	if (globalConfig.jitless) return false;
	if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
	try {
		new Function("");
		return true;
	} catch (_) {
		return false;
	}
});
function isPlainObject(o) {
	if (isObject(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
var propertyKeyTypes = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
var NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
/* @__NO_SIDE_EFFECTS__ */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own(this, key, compute(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
var CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
// node_modules/zod/v4/core/core.js
var _a$1;
var _zodDesc = {
	value: void 0,
	enumerable: false
};
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
var $ZodEncodeError = class extends Error {
	constructor(name) {
		super(`Encountered unidirectional transform during encode: ${name}`);
		this.name = "ZodEncodeError";
	}
};
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
var _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
var _issuesDesc = {
	value: void 0,
	enumerable: false
};
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer$1 = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
var $ZodError = /* @__PURE__ */ $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
* ("toString", "constructor") would otherwise read through to the prototype, and assigning
* "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) {
		if (key === "__proto__") Object.defineProperty(obj, key, {
			value: make(),
			writable: true,
			enumerable: true,
			configurable: true
		});
		else obj[key] = make();
	}
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
var _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
	const validator = schema._zod.bag.validator;
	if (validator !== void 0) {
		if (validator(value) !== COMPILE_INVALID) return true;
		if (validator.definite === true && _ctx === void 0) return false;
	}
	return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
var validateAsync$1 = async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true,
		abortEarly: true
	} : {
		async: true,
		abortEarly: true
	};
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length === 0;
};
var _encode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return parse(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _decode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		return parse(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _encodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _decodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
	return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
	return _safeParseAsync(_Err)(schema, value, _ctx);
};
// node_modules/zod/v4/core/regexes.js
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
*
* @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
var uuid = (version) => {
	if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
	return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
	return new RegExp(_emoji$1, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
var date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var number$1 = /^-?\d+(?:\.\d+)?$/;
var boolean$1 = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;
// node_modules/zod/v4/core/checks.js
var $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
var _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
var $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMultipleOf = /*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
		if (typeof payload.value === "bigint" ? def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0) return;
		payload.issues.push({
			origin: typeof payload.value,
			code: "not_multiple_of",
			divisor: def.value,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_big",
			maximum: def.maximum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
		if (length === def.length) return;
		const origin = getLengthableOrigin(input);
		const tooBig = length > def.length;
		payload.issues.push({
			origin,
			...tooBig ? {
				code: "too_big",
				maximum: def.length
			} : {
				code: "too_small",
				minimum: def.length
			},
			inclusive: true,
			exact: true,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
var $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
	def.pattern ?? (def.pattern = lowercase);
	$ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
	def.pattern ?? (def.pattern = uppercase);
	$ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
	$ZodCheck.init(inst, def);
	const escapedRegex = escapeRegex(def.includes);
	def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
	inst._zod.check = (payload) => {
		if (payload.value.includes(def.includes, def.position)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: def.includes,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.startsWith(def.prefix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: def.prefix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.endsWith(def.suffix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: def.suffix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		payload.value = def.tx(payload.value);
	};
});
// node_modules/zod/v4/core/doc.js
var Doc = class {
	constructor(args = [], closed = {}) {
		this.content = [];
		this.indent = 0;
		this.args = args;
		this.closed = closed;
	}
	indented(fn) {
		this.indent += 1;
		try {
			fn(this);
		} finally {
			this.indent -= 1;
		}
	}
	write(arg) {
		if (typeof arg === "function") {
			arg(this, { execution: "sync" });
			arg(this, { execution: "async" });
			return;
		}
		const lines = arg.split("\n").filter((x) => x);
		const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
		const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
		for (const line of dedented) this.content.push(line);
	}
	compile() {
		const F = Function;
		const content = this?.content ?? [``];
		return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
	}
};
// node_modules/zod/v4/core/versions.js
var version = {
	major: 4,
	minor: 6,
	patch: 7
};
// node_modules/zod/v4/core/schemas.js
var $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	}
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
var $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
var $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	$ZodString.init(inst, def);
});
var $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
	def.pattern ?? (def.pattern = guid);
	$ZodStringFormat.init(inst, def);
});
var $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
	if (def.version) {
		const v = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[def.version];
		if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
		def.pattern ?? (def.pattern = uuid(v));
	} else def.pattern ?? (def.pattern = uuid());
	$ZodStringFormat.init(inst, def);
});
var $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
	def.pattern ?? (def.pattern = email);
	$ZodStringFormat.init(inst, def);
});
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
var asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		try {
			const trimmed = payload.value.trim();
			const url = validateURL(trimmed, def);
			if (url === 1) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === 2) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === true) {
				payload.value = stripTabAndNewline(trimmed);
				return;
			}
			if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: def.hostname.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: def.protocol.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
			return;
		} catch (_) {
			payload.issues.push({
				code: "invalid_format",
				format: "url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		}
	};
});
var $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
	def.pattern ?? (def.pattern = emoji());
	$ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
	if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
	def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
	$ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
	def.pattern ?? (def.pattern = cuid);
	$ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
	def.pattern ?? (def.pattern = cuid2);
	$ZodStringFormat.init(inst, def);
});
var $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
	def.pattern ?? (def.pattern = ulid);
	$ZodStringFormat.init(inst, def);
});
var $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
	def.pattern ?? (def.pattern = xid);
	$ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
	def.pattern ?? (def.pattern = ksuid);
	$ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
	def.pattern ?? (def.pattern = datetime(def));
	$ZodStringFormat.init(inst, def);
});
var $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
	def.pattern ?? (def.pattern = date);
	$ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
	def.pattern ?? (def.pattern = time(def));
	$ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
	def.pattern ?? (def.pattern = duration);
	$ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
	def.pattern ?? (def.pattern = ipv4);
	$ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
	def.pattern ?? (def.pattern = ipv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidIPv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv4);
	$ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
var $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidCIDRv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
	def.pattern ?? (def.pattern = base64Charset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
var $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
	def.pattern ?? (def.pattern = base64urlCharset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64URL(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
	def.pattern ?? (def.pattern = e164);
	$ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
var $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidJWT(payload.value, def.alg)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
var $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
var $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = boolean$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Boolean(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "boolean") return payload;
		payload.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
var $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload) => payload;
});
var $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
var $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
var $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject$1 = isObject;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
var $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
	$ZodObject.init(inst, def);
	const superParse = inst._zod.parse;
	const _normalized = cached(() => normalizeDef(def));
	const memo = globalConfig.memoizer;
	const generateFastpass = (shape) => {
		const normalized = _normalized.value;
		const syms = normalized.symbolKeys;
		const doc = new Doc(["payload", "ctx"], {
			shape,
			inst,
			memo,
			syms
		});
		const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
		const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		doc.write(`const input = payload.value;`);
		const ids = Object.create(null);
		let counter = 0;
		for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
		doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
		for (const key of normalized.allKeys) {
			if (key === "__proto__") continue;
			const id = ids[key];
			const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
			const isPresent = `${k} in input`;
			const schema = shape[key];
			const optin = schema?._zod?.optin;
			const isOptionalIn = optin !== void 0;
			const isOptionalOut = schema?._zod?.optout === "optional";
			doc.write(`const ${id} = ${parseStr(k)};`);
			if (isOptionalIn && isOptionalOut) {
				const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
				doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
			} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
			else {
				doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
				if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
				else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
			}
		}
		doc.write(`payload.value = newResult;`);
		doc.write(`return payload;`);
		return doc.compile();
	};
	let fastpass;
	const isObject$2 = isObject;
	const jit = !globalConfig.jitless;
	const fastEnabled = jit && allowsEval.value;
	const catchall = def.catchall;
	let value;
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$2(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
			if (!fastpass) fastpass = generateFastpass(def.shape);
			payload = fastpass(payload, ctx);
			if (!catchall) return payload;
			return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
		}
		return superParse(payload, ctx);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
var $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
function discriminatorMap(def) {
	const map = /* @__PURE__ */ new Map();
	for (const option of def.options) {
		const values = option._zod.propValues?.[def.discriminator];
		if (!values || values.size === 0) throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
		for (const value of values) if (map.has(value)) {
			if (value !== void 0) throw new Error(`Duplicate discriminator value "${String(value)}"`);
			map.set(value, null);
		} else map.set(value, option);
	}
	return map;
}
var $ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
	def.inclusive = false;
	$ZodUnion.init(inst, def);
	const _super = inst._zod.parse;
	defineLazyInternal(inst, "propValues", (zod) => {
		const propValues = {};
		let undefinedCount = 0;
		for (const option of zod.def.options) {
			const pv = option._zod.propValues;
			if (!pv || Object.keys(pv).length === 0) throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
			if (pv[zod.def.discriminator]?.has(void 0)) undefinedCount++;
			for (const [k, v] of Object.entries(pv)) {
				if (!Object.prototype.hasOwnProperty.call(propValues, k)) assignProp(propValues, k, /* @__PURE__ */ new Set());
				for (const val of v) propValues[k].add(val);
			}
		}
		if (!zod.def.unionFallback && undefinedCount > 1) propValues[zod.def.discriminator]?.delete(void 0);
		return propValues;
	});
	def.options.forEach((option, i) => {
		const propShape = rawShape(option._zod.def);
		if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) throw new Error(`Invalid discriminated union option at index "${i}"`);
	});
	const disc = cached(() => discriminatorMap(def));
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!isObject(input)) {
			payload.issues.push({
				code: "invalid_type",
				expected: "object",
				input,
				inst
			});
			return payload;
		}
		const value = input?.[def.discriminator];
		const opt = disc.value.get(value);
		if (opt && (value !== void 0 || ctx.direction !== "backward")) return opt._zod.run(payload, ctx);
		if (def.unionFallback || ctx.direction === "backward") return _super(payload, ctx);
		payload.issues.push({
			code: "invalid_union",
			errors: [],
			note: "No matching discriminator",
			discriminator: def.discriminator,
			options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
			input,
			path: [def.discriminator],
			inst
		});
		return payload;
	};
});
var $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		const left = def.left._zod.run({
			value: input,
			issues: []
		}, ctx);
		const right = def.right._zod.run({
			value: input,
			issues: []
		}, ctx);
		if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
			return handleIntersectionResults(payload, left, right);
		});
		return handleIntersectionResults(payload, left, right);
	};
});
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject(a) && isPlainObject(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
var $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
var $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
	$ZodType.init(inst, def);
	const values = new Set(def.values);
	inst._zod.values = values;
	defineLazyInternal(inst, "pattern", (zod) => {
		const vals = zod.def.values;
		return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (values.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values: def.values,
			input,
			inst
		});
		return payload;
	};
});
var $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "optional";
	globalConfig.memoizer?.guard(inst);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		const _out = def.transform(payload.value, payload);
		if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
			payload.value = output;
			return payload;
		});
		if (_out instanceof Promise) throw new $ZodAsyncError();
		payload.value = _out;
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
var $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
	inst._zod.parse = (payload, ctx) => {
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
	});
	defineLazyInternal(inst, "values", (zod) => {
		return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === null) return payload;
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			/**
			* $ZodDefault returns the default value immediately in forward direction.
			* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
var $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) payload.value = def.defaultValue;
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => {
		const v = zod.def.innerType._zod.values;
		return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
		return handleNonOptionalResult(result, inst);
	};
});
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
var $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run({
			value: payload.value,
			issues: []
		}, ctx);
		if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
		return handleCatchResult(payload, result, def, ctx);
	};
});
var $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") {
			const right = def.out._zod.run(payload, ctx);
			if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
			return handlePipeResult(right, def.in, ctx);
		}
		const left = def.in._zod.run(payload, ctx);
		if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
		return handlePipeResult(left, def.out, ctx);
	};
});
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
var $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then(handleReadonlyResult);
		return handleReadonlyResult(result);
	};
});
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
var $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
	constructor() {
		super(`Cannot parse a reference cycle that closes through a transform`);
		this.name = "ZodCyclicError";
	}
};
/** Keyed off the context object every schema in one parse call already shares. */
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
var recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
var handoff;
var open = [];
var memo$1 = {
	alloc(_inst, payload, empty) {
		const bucket = handoff;
		if (!bucket) return empty;
		handoff = void 0;
		const entry = {
			value: empty,
			issues: null
		};
		bucket.set(payload.value, entry);
		open.push(entry);
		return empty;
	},
	guard(inst) {
		var _a;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
				return base(payload, ctx);
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	},
	attach(inst) {
		var _a;
		let isRecursiveInst;
		let rechecked = false;
		let lastCtx;
		let lastBucket;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (isRecursiveInst === void 0) {
					const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
					if (walked === NONE) {
						inst._zod.parse = base;
						if (inst._zod.run === wrapped) inst._zod.run = base;
						return base(payload, ctx);
					}
					if (walked === PROVEN || rechecked) isRecursiveInst = true;
					else rechecked = true;
				}
				const input = payload.value;
				if (!isRef(input)) return base(payload, ctx);
				let state = ctx[STATE];
				if (!state) {
					state = {
						buckets: /* @__PURE__ */ new WeakMap(),
						backEdges: void 0
					};
					ctx[STATE] = state;
				}
				let bucket;
				if (lastCtx === ctx) bucket = lastBucket;
				else {
					bucket = bucketFor(state, inst);
					lastCtx = ctx;
					lastBucket = bucket;
				}
				const hit = bucket.get(input);
				if (hit) {
					payload.value = hit.value;
					if (hit.issues) {
						if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
					} else {
						payload.memo = true;
						state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
						state.backEdges.add(hit.value);
					}
					return payload;
				}
				handoff = bucket;
				const depth = open.length;
				const result = base(payload, ctx);
				handoff = void 0;
				const entry = open.length > depth ? open.pop() : void 0;
				if (result instanceof Promise) return result.then((r) => {
					if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
					return r;
				});
				if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
				return result;
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	}
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo$1;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
// node_modules/zod/v4/locales/en.js
var error = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error() };
}
// node_modules/zod/v4/core/registries.js
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link _cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
	return new $ZodCheckMultipleOf({
		check: "multiple_of",
		...normalizeParams(params),
		value
	});
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$2) => {
			if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
			else {
				const _issue = issue$2;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
* an annotation like `description` — makes a member unfoldable, so a constraint this does not
* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
var FOLDABLE_KEYS = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]);
var UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) {
		if (ctx.target === "draft-2020-12") result.$defs = defs;
		else result.definitions = defs;
	}
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
/**
* Creates a toJSONSchema method for a schema instance.
* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
*/
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
	const ctx = initializeContext({
		...params,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
	const { libraryOptions, target } = params ?? {};
	const ctx = initializeContext({
		...libraryOptions ?? {},
		target,
		io,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
	if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
};
var narrowMax = (agg, key, value) => {
	if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
};
var narrowBoth = (agg, value) => {
	narrowMin(agg, "minimum", value);
	narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
	agg.multipleOf ?? (agg.multipleOf = []);
	if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
	agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
	agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
	agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
	agg.format = format;
	if (format.includes("int")) agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
	setFormat(agg, def.format);
	const [minimum, maximum] = ranges[def.format];
	narrowMin(agg, "minimum", minimum);
	narrowMax(agg, "maximum", maximum);
};
var contributors = {
	greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
	less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
	multiple_of: (agg, def) => addDivisor(agg, def.value),
	number_format: formatContributor(NUMBER_FORMAT_RANGES),
	bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
	min_length: minContributor,
	max_length: maxContributor,
	length_equals: (agg, def) => narrowBoth(agg, def.length),
	min_size: minContributor,
	max_size: maxContributor,
	size_equals: (agg, def) => narrowBoth(agg, def.size),
	string_format: (agg, def) => {
		setFormat(agg, def.format);
		if (def.pattern) addPattern(agg, def.pattern);
		if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
		if (def.local || def.precision === -1) agg.laxFormat = true;
	},
	mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
var formatMap = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
};
var exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
	const json = _json;
	json.type = "string";
	const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minLength = minimum;
	if (typeof maximum === "number") json.maxLength = maximum;
	if (format) {
		json.format = formatMap[format] ?? format;
		if (json.format === "") delete json.format;
		if (format === "time" || laxFormat) delete json.format;
	}
	if (contentEncoding) json.contentEncoding = contentEncoding;
	if (patterns && patterns.size > 0) {
		const patternList = [...patterns].map(exactPattern);
		if (patternList.length === 1) json.pattern = patternList[0].source;
		else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
			...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: regex.source
		}))];
	}
};
var numberProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
	json.type = isInt ? "integer" : "number";
	const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
	const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
	const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
	if (exMin) {
		if (legacy) {
			json.minimum = exclusiveMinimum;
			json.exclusiveMinimum = true;
		} else json.exclusiveMinimum = exclusiveMinimum;
	} else if (typeof minimum === "number") json.minimum = minimum;
	if (exMax) {
		if (legacy) {
			json.maximum = exclusiveMaximum;
			json.exclusiveMaximum = true;
		} else json.exclusiveMaximum = exclusiveMaximum;
	} else if (typeof maximum === "number") json.maximum = maximum;
	if (multipleOf) {
		const divisors = /* @__PURE__ */ new Set();
		for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
		else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
		const [first, ...rest] = divisors;
		if (first !== void 0) json.multipleOf = first;
		if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
	}
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
	json.not = {};
};
var enumProcessor = (schema, _ctx, json, _params) => {
	const def = schema._zod.def;
	const values = getEnumValues(def.entries);
	if (values.length === 0) {
		json.not = {};
		return;
	}
	if (values.every((v) => typeof v === "number")) json.type = "number";
	if (values.every((v) => typeof v === "string")) json.type = "string";
	json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	if (def.values.length === 0) {
		json.not = {};
		return;
	}
	const vals = [];
	for (const val of def.values) if (val === void 0) {
		if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof val === "bigint") {
		if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
		vals.push(Number(val));
	} else vals.push(val);
	if (vals.length === 0) {} else if (vals.length === 1) {
		const val = vals[0];
		json.type = val === null ? "null" : typeof val;
		if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [val];
		else json.const = val;
	} else {
		if (vals.every((v) => typeof v === "number")) json.type = "number";
		if (vals.every((v) => typeof v === "string")) json.type = "string";
		if (vals.every((v) => typeof v === "boolean")) json.type = "boolean";
		if (vals.every((v) => v === null)) json.type = "null";
		json.enum = vals;
	}
};
var customProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
	json.type = "array";
	json.items = processSchema(def.element, ctx, {
		...params,
		path: [...params.path, "items"]
	});
};
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const shape = def.shape;
	if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
	json.type = "object";
	json.properties = {};
	for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
		...params,
		path: [
			...params.path,
			"properties",
			key
		]
	}));
	const requiredKeys = [];
	for (const key of Object.keys(shape)) {
		const field = def.shape[key];
		if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
	}
	if (requiredKeys.length > 0) json.required = requiredKeys;
	if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
	else if (!def.catchall) {
		if (ctx.io === "output") json.additionalProperties = false;
	} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
		...params,
		path: [...params.path, "additionalProperties"]
	});
};
var unionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const isExclusive = def.inclusive === false;
	const options = def.options.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			isExclusive ? "oneOf" : "anyOf",
			i
		]
	}));
	if (isExclusive) json.oneOf = options;
	else json.anyOf = options;
};
var intersectionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const a = processSchema(def.left, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			0
		]
	});
	const b = processSchema(def.right, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			1
		]
	});
	const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
	const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
	json.allOf = allOf;
	ctx.intersections.push(allOf);
};
var nullableProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const inner = processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	if (ctx.target === "openapi-3.0") {
		seen.ref = def.innerType;
		json.nullable = true;
	} else json.anyOf = [inner, { type: "null" }];
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
var UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	if (ctx.io !== "input") return;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	let catchValue;
	try {
		catchValue = def.catchValue(void 0);
	} catch {
		handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	const inIsTransform = def.in._zod.traits.has("$ZodTransform");
	const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
var initializer = (inst, issues) => {
	$ZodError.init(inst, issues);
	inst.name = "ZodError";
	const proto = Object.getPrototypeOf(inst);
	if (_installedErrorProtos.has(proto)) return;
	_installedErrorProtos.add(proto);
	_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
	_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
	_lazyMethod(proto, "addIssue", (self) => (issue) => {
		self.issues.push(issue);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	_lazyMethod(proto, "addIssues", (self) => (issues) => {
		self.issues.push(...issues);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	Object.defineProperty(proto, "isEmpty", {
		configurable: true,
		enumerable: false,
		get() {
			return this.issues.length === 0;
		}
	});
};
var ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
var ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
	_ensureDefaultLocale();
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
	return inst;
}, {
	check(...chks) {
		const def = this.def;
		return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
			check: ch,
			def: { check: "custom" },
			onattach: []
		} } : ch)] }), { parent: true });
	},
	with(...chks) {
		return this.check(...chks);
	},
	clone(def, params) {
		return clone(this, def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	refine(check, params) {
		return this.check(refine(check, params));
	},
	superRefine(refinement, params) {
		return this.check(superRefine(refinement, params));
	},
	overwrite(fn) {
		return this.check(/* @__PURE__ */ _overwrite(fn));
	},
	optional() {
		return optional(this);
	},
	exactOptional() {
		return exactOptional(this);
	},
	nullable() {
		return nullable(this);
	},
	nullish() {
		return optional(nullable(this));
	},
	nonoptional(params) {
		return nonoptional(this, params);
	},
	array() {
		return array(this);
	},
	or(arg) {
		return union([this, arg]);
	},
	and(arg) {
		return intersection(this, arg);
	},
	transform(tx) {
		return pipe(this, transform(tx));
	},
	default(d) {
		return _default(this, d);
	},
	prefault(d) {
		return prefault(this, d);
	},
	catch(params) {
		return _catch(this, params);
	},
	pipe(target) {
		return pipe(this, target);
	},
	readonly() {
		return readonly(this);
	},
	describe(description) {
		const cl = this.clone();
		globalRegistry.add(cl, { description });
		return cl;
	},
	meta(...args) {
		if (args.length === 0) return globalRegistry.get(this);
		const cl = this.clone();
		globalRegistry.add(cl, args[0]);
		return cl;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	},
	get "~standard"() {
		return hide(this, "~standard", {
			...standardProps(this),
			jsonSchema: {
				input: createStandardJSONSchemaMethod(this, "input"),
				output: createStandardJSONSchemaMethod(this, "output")
			}
		});
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	},
	parse: function _parse(data, params) {
		return parse(this, data, params, { callee: _parse });
	},
	parseAsync: async function _parseAsync(data, params) {
		return await parseAsync(this, data, params, { callee: _parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	async safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(value) {
		own(this, "spa", value);
	},
	validate(data, params) {
		return validate(this, data, params);
	},
	validateAsync(data, params) {
		return validateAsync$1(this, data, params);
	},
	encode: function _encode(data, params) {
		return encode(this, data, params, { callee: _encode });
	},
	decode: function _decode(data, params) {
		return decode(this, data, params, { callee: _decode });
	},
	encodeAsync: async function _encodeAsync(data, params) {
		return await encodeAsync(this, data, params, { callee: _encodeAsync });
	},
	decodeAsync: async function _decodeAsync(data, params) {
		return await decodeAsync(this, data, params, { callee: _decodeAsync });
	},
	safeEncode(data, params) {
		return safeEncode(this, data, params);
	},
	safeDecode(data, params) {
		return safeDecode(this, data, params);
	},
	async safeEncodeAsync(data, params) {
		return safeEncodeAsync(this, data, params);
	},
	async safeDecodeAsync(data, params) {
		return safeDecodeAsync(this, data, params);
	},
	toJSONSchema(params) {
		return createToJSONSchemaMethod(this, {})(params);
	},
	get description() {
		return globalRegistry.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
});
/** @internal */
var _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, /*@__PURE__*/ derived({
	format: (inst) => aggregateChecks(inst).format ?? null,
	minLength: (inst) => aggregateChecks(inst).minimum ?? null,
	maxLength: (inst) => aggregateChecks(inst).maximum ?? null
}, {
	regex(...args) {
		return this.check(/* @__PURE__ */ _regex(...args));
	},
	includes(...args) {
		return this.check(/* @__PURE__ */ _includes(...args));
	},
	startsWith(...args) {
		return this.check(/* @__PURE__ */ _startsWith(...args));
	},
	endsWith(...args) {
		return this.check(/* @__PURE__ */ _endsWith(...args));
	},
	min(...args) {
		return this.check(/* @__PURE__ */ _minLength(...args));
	},
	max(...args) {
		return this.check(/* @__PURE__ */ _maxLength(...args));
	},
	length(...args) {
		return this.check(/* @__PURE__ */ _length(...args));
	},
	nonempty(...args) {
		return this.check(/* @__PURE__ */ _minLength(1, ...args));
	},
	lowercase(params) {
		return this.check(/* @__PURE__ */ _lowercase(params));
	},
	uppercase(params) {
		return this.check(/* @__PURE__ */ _uppercase(params));
	},
	trim() {
		return this.check(/* @__PURE__ */ _trim());
	},
	normalize(...args) {
		return this.check(/* @__PURE__ */ _normalize(...args));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ _toLowerCase());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ _toUpperCase());
	},
	slugify() {
		return this.check(/* @__PURE__ */ _slugify());
	}
}));
var ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	_ZodString.init(inst, def);
}, {
	email(params) {
		return this.check(/* @__PURE__ */ _email(ZodEmail, params));
	},
	url(params) {
		return this.check(/* @__PURE__ */ _url(ZodURL, params));
	},
	jwt(params) {
		return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
	},
	emoji(params) {
		return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
	},
	guid(params) {
		return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
	},
	uuid(params) {
		return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
	},
	uuidv4(params) {
		return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
	},
	uuidv6(params) {
		return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
	},
	uuidv7(params) {
		return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
	},
	nanoid(params) {
		return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
	},
	cuid(params) {
		return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
	},
	cuid2(params) {
		return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
	},
	ulid(params) {
		return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
	},
	base64(params) {
		return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
	},
	base64url(params) {
		return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
	},
	xid(params) {
		return this.check(/* @__PURE__ */ _xid(ZodXID, params));
	},
	ksuid(params) {
		return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
	},
	ipv4(params) {
		return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
	},
	ipv6(params) {
		return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
	},
	cidrv4(params) {
		return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
	},
	cidrv6(params) {
		return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
	},
	e164(params) {
		return this.check(/* @__PURE__ */ _e164(ZodE164, params));
	},
	datetime(params) {
		return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
	},
	date(params) {
		return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
	},
	time(params) {
		return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
	},
	duration(params) {
		return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
	}
});
function string(params) {
	return /* @__PURE__ */ _string(ZodString, params);
}
var ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	_ZodString.init(inst, def);
});
var ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
	$ZodISOTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
	$ZodISODuration.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
	$ZodEmail.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
	$ZodGUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
	$ZodUUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
	$ZodURL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
	$ZodEmoji.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
	$ZodNanoID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
	$ZodCUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
	$ZodCUID2.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
	$ZodULID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
	$ZodXID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
	$ZodKSUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
	$ZodIPv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
	$ZodIPv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
	$ZodCIDRv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
	$ZodCIDRv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
	$ZodBase64.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
	$ZodBase64URL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
	$ZodE164.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
	$ZodJWT.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
	inst.isFinite = true;
}, /*@__PURE__*/ derived({
	minValue: (inst) => {
		const { minimum, exclusiveMinimum } = aggregateChecks(inst);
		return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
	},
	maxValue: (inst) => {
		const { maximum, exclusiveMaximum } = aggregateChecks(inst);
		return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
	},
	isInt: (inst) => {
		const { isInt, multipleOf } = aggregateChecks(inst);
		return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
	},
	format: (inst) => aggregateChecks(inst).format ?? null
}, {
	gt(value, params) {
		return this.check(/* @__PURE__ */ _gt(value, params));
	},
	gte(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	min(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	lt(value, params) {
		return this.check(/* @__PURE__ */ _lt(value, params));
	},
	lte(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	max(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	int(params) {
		return this.check(int(params));
	},
	safe(params) {
		return this.check(int(params));
	},
	positive(params) {
		return this.check(/* @__PURE__ */ _gt(0, params));
	},
	nonnegative(params) {
		return this.check(/* @__PURE__ */ _gte(0, params));
	},
	negative(params) {
		return this.check(/* @__PURE__ */ _lt(0, params));
	},
	nonpositive(params) {
		return this.check(/* @__PURE__ */ _lte(0, params));
	},
	multipleOf(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	step(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	finite() {
		return this;
	}
}));
function number(params) {
	return /* @__PURE__ */ _number(ZodNumber, params);
}
var ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodNumber.init(inst, def);
});
function int(params) {
	return /* @__PURE__ */ _int(ZodNumberFormat, params);
}
var ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodBoolean, params);
}
var ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
	$ZodUnknown.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => void 0;
});
function unknown() {
	return /* @__PURE__ */ _unknown(ZodUnknown);
}
var ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
	return /* @__PURE__ */ _never(ZodNever, params);
}
var ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodArray.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
	inst.element = def.element;
}, {
	min(n, params) {
		return this.check(/* @__PURE__ */ _minLength(n, params));
	},
	nonempty(params) {
		return this.check(/* @__PURE__ */ _minLength(1, params));
	},
	max(n, params) {
		return this.check(/* @__PURE__ */ _maxLength(n, params));
	},
	length(n, params) {
		return this.check(/* @__PURE__ */ _length(n, params));
	},
	unwrap() {
		return this.element;
	}
});
function array(element, params) {
	return /* @__PURE__ */ _array(ZodArray, element, params);
}
var ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodObjectJIT.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
	keyof() {
		return _enum(Object.keys(this._zod.def.shape));
	},
	catchall(catchall) {
		return this.clone(mergeDefs(this._zod.def, { catchall }));
	},
	passthrough() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	loose() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	strict() {
		return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
	},
	strip() {
		return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
	},
	extend(incoming) {
		return extend(this, incoming);
	},
	safeExtend(incoming) {
		return safeExtend(this, incoming);
	},
	merge(other) {
		return merge(this, other);
	},
	pick(mask) {
		return pick(this, mask);
	},
	omit(mask) {
		return omit(this, mask);
	},
	partial(...args) {
		return partial(ZodOptional, this, args[0]);
	},
	exactPartial(...args) {
		return partial(ZodExactOptional, this, args[0], "exactPartial");
	},
	required(...args) {
		return required(ZodNonOptional, this, args[0]);
	}
});
function object(shape, params) {
	return new ZodObject({
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	});
}
var ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
	inst.options = def.options;
});
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
var ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
	ZodUnion.init(inst, def);
	$ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
	return new ZodDiscriminatedUnion({
		type: "union",
		options,
		discriminator,
		...normalizeParams(params)
	});
}
var ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
	$ZodIntersection.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
var ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
	inst.enum = def.entries;
	inst.options = [...inst._zod.values];
	const keys = new Set(Object.keys(def.entries));
	inst.extract = (values, params) => {
		const newEntries = {};
		for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
	inst.exclude = (values, params) => {
		const newEntries = { ...def.entries };
		for (const value of values) if (keys.has(value)) delete newEntries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
});
function _enum(values, params) {
	return new ZodEnum({
		type: "enum",
		entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
		...normalizeParams(params)
	});
}
var ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
	inst.values = new Set(def.values);
	Object.defineProperty(inst, "value", { get() {
		if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return def.values[0];
	} });
});
function literal(value, params) {
	return new ZodLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
var ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTransform.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
	inst._zod.parse = (payload, _ctx) => {
		if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = inst);
				payload.issues.push(issue(_issue));
			}
		};
		const output = def.transform(payload.value, payload);
		if (output instanceof Promise) return output.then((output) => {
			payload.value = output;
			return payload;
		});
		payload.value = output;
		return payload;
	};
});
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
var ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
var ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
	$ZodExactOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
var ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
var ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
	$ZodPrefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
	$ZodNonOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
var ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
	$ZodCatch.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
var ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
	inst.in = def.in;
	inst.out = def.out;
});
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
var ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
	$ZodReadonly.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
var ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
// shared/pathway/model.ts
/**
* The stack model (DESIGN §1): a typed, directed graph whose edges point from a contributor to what it
* contributes to, always up the stack, except `unit → unit` (a suggested order of units).
*/
var NODE_KINDS = [
	"unit",
	"assessment",
	"evidence",
	"skill",
	"badge",
	"certificate",
	"program"
];
var TIER = {
	unit: 0,
	assessment: 1,
	evidence: 2,
	skill: 3,
	badge: 4,
	certificate: 5,
	program: 6
};
var ACTIVITY_KINDS = [
	"unit",
	"assessment",
	"evidence"
];
var CREDENTIAL_KINDS = [
	"badge",
	"certificate",
	"program"
];
function isActivity(kind) {
	return ACTIVITY_KINDS.includes(kind);
}
function isCredential(kind) {
	return CREDENTIAL_KINDS.includes(kind);
}
/** Whether the stack model allows an edge from a node of kind `from` to one of kind `to`. */
function edgeAllowed(from, to) {
	return TIER[from] < TIER[to] || from === "unit" && to === "unit";
}
var Id = string().min(1).max(200);
var Text = (max) => string().max(max);
var RuleSchema = discriminatedUnion("type", [
	object({ type: literal("all") }).strict(),
	object({
		type: literal("atLeast"),
		count: number().int().min(1).max(1e4)
	}).strict(),
	object({
		type: literal("points"),
		min: number().min(0).max(1e6)
	}).strict()
]);
/** A skill's link to a framework entry; becomes an OB 3.0 `alignment`. */
var AlignmentSchema = object({
	framework: Text(200),
	code: Text(200).optional(),
	name: Text(500),
	url: string().max(2e3).optional(),
	description: Text(4e3).optional()
}).strict();
/** OB 3.0 achievementType values Laurel offers for credentials. */
var ACHIEVEMENT_TYPES = [
	"Badge",
	"MicroCredential",
	"Certificate",
	"Certification",
	"Diploma",
	"Degree",
	"License",
	"Course",
	"Competency",
	"Achievement"
];
/** What a badge, certificate or program is designed to mean; the seed of its OB 3.0 Achievement. */
var CredentialSchema = object({
	name: Text(300).optional(),
	description: Text(1e4).optional(),
	criteria: Text(1e4).optional(),
	achievementType: _enum(ACHIEVEMENT_TYPES).optional(),
	templateId: Id.optional()
}).passthrough();
var PositionSchema = object({
	x: number().finite(),
	y: number().finite()
}).strict();
var PathwayNodeSchema = object({
	id: Id,
	kind: _enum(NODE_KINDS),
	title: Text(300),
	description: Text(1e4).optional(),
	rule: RuleSchema.optional(),
	position: PositionSchema.optional(),
	durationMinutes: number().min(0).max(1e5).optional(),
	format: Text(100).optional(),
	method: Text(200).optional(),
	evidenceType: Text(200).optional(),
	alignments: array(AlignmentSchema).max(100).optional(),
	credential: CredentialSchema.optional()
}).passthrough();
var PathwayEdgeSchema = object({
	from: Id,
	to: Id,
	required: boolean().optional(),
	points: number().min(0).max(1e6).optional()
}).passthrough();
object({
	format: literal("laurel.pathway/1"),
	id: Id,
	name: Text(300),
	description: Text(1e4).optional(),
	nodes: array(PathwayNodeSchema).max(5e4),
	edges: array(PathwayEdgeSchema).max(2e5)
}).passthrough();
/** The rule a node uses: absent means `all`. */
function ruleOf(node) {
	return node.rule ?? { type: "all" };
}
/** An edge's weight under a `points` rule (default 1). */
function pointsOf(edge) {
	return edge.points ?? 1;
}
/** How problems, selections and the editor name an edge: `${from}->${to}`. */
function edgeId(edge) {
	return `${edge.from}->${edge.to}`;
}
// shared/pathway/graph.ts
function indexPathway(pathway) {
	const indexOf = /* @__PURE__ */ new Map();
	const nodes = [];
	const duplicateNodes = [];
	for (const node of pathway.nodes) if (indexOf.has(node.id)) duplicateNodes.push(node);
	else {
		indexOf.set(node.id, nodes.length);
		nodes.push(node);
	}
	const n = nodes.length;
	const connected = new Uint8Array(n);
	const edges = [];
	const sources = [];
	const targets = [];
	const seen = /* @__PURE__ */ new Set();
	const edgeStatus = pathway.edges.map((edge) => {
		const from = indexOf.get(edge.from);
		const to = indexOf.get(edge.to);
		if (from !== void 0) connected[from] = 1;
		if (to !== void 0) connected[to] = 1;
		if (from === void 0 || to === void 0) return "dangling";
		if (!edgeAllowed(nodes[from].kind, nodes[to].kind)) return "down-stack";
		const pair = from * n + to;
		if (seen.has(pair)) return "duplicate";
		seen.add(pair);
		edges.push(edge);
		sources.push(from);
		targets.push(to);
		return "ok";
	});
	const source = Int32Array.from(sources);
	const target = Int32Array.from(targets);
	const [inStart, inEdges] = compressedRows(n, target);
	const [outStart, outEdges] = compressedRows(n, source);
	const rowOf = (start, row, id) => {
		const i = indexOf.get(id);
		if (i === void 0) return [];
		const list = [];
		for (let k = start[i]; k < start[i + 1]; k++) list.push(edges[row[k]]);
		return list;
	};
	return {
		pathway,
		nodes,
		indexOf,
		duplicateNodes,
		edgeStatus,
		edges,
		source,
		target,
		inStart,
		inEdges,
		outStart,
		outEdges,
		connected,
		nodeById: (id) => {
			const i = indexOf.get(id);
			return i === void 0 ? void 0 : nodes[i];
		},
		inputsOf: (id) => rowOf(inStart, inEdges, id),
		outputsOf: (id) => rowOf(outStart, outEdges, id)
	};
}
/** Groups edge numbers by `key[e]` (a counting sort, stable, so rows keep document order). */
function compressedRows(n, key) {
	const start = new Int32Array(n + 1);
	for (const k of key) start[k + 1] += 1;
	for (let i = 0; i < n; i++) start[i + 1] += start[i];
	const cursor = start.slice(0, n);
	const rows = new Int32Array(key.length);
	key.forEach((k, e) => rows[cursor[k]++] = e);
	return [start, rows];
}
// shared/assertNever.ts
/** Makes a `switch` over a union exhaustive: adding a new kind without handling it fails to compile. */
function assertNever(value, what = "value") {
	throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
// shared/pathway/names.ts
/**
* How problems and missing-texts name things to a curriculum designer: "Certificate 'Data Analytics'",
* "SQL Basics, Dashboards and 3 more".
*/
var KIND_LABEL = {
	unit: "Unit",
	assessment: "Assessment",
	evidence: "Evidence",
	skill: "Skill",
	badge: "Badge",
	certificate: "Certificate",
	program: "Program"
};
/** The node's title, or its id when it has none, so a message never names an empty string. */
function titleOf(node) {
	return node.title.trim() || node.id;
}
/** "Certificate 'Data Analytics'". */
function nameOf(node) {
	return `${KIND_LABEL[node.kind]} '${titleOf(node)}'`;
}
/** The word for satisfying a node of this kind: activities are completed, skills and credentials earned. */
function satisfiedWord(kind) {
	return isActivity(kind) ? "completed" : "earned";
}
/** What typically leads into a node of this kind, for hints such as "connect another badge". */
function inputNoun(kind) {
	switch (kind) {
		case "unit":
		case "assessment": return "unit";
		case "evidence": return "assessment";
		case "skill": return "assessment or evidence";
		case "badge": return "skill";
		case "certificate": return "badge";
		case "program": return "certificate";
		default: return assertNever(kind, "node kind");
	}
}
/** "a", "a and b", "a, b and c". */
function joinAnd(words, conjunction = "and") {
	if (words.length <= 1) return words.join("");
	return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}
/**
* "SQL Basics, Dashboards, Python for Data"; past `max` titles, "… and 4 more", because a missing-text
* is shown in a tooltip and a program can have dozens of inputs.
*/
function listTitles(titles, max = 5) {
	if (titles.length <= max) return titles.join(", ");
	return `${titles.slice(0, max).join(", ")} and ${titles.length - max} more`;
}
/** Points may be fractional; show at most two decimals. */
function formatPoints(points) {
	return String(Math.round(points * 100) / 100);
}
/** "1 point", "12 points". */
function pointsText(points) {
	return `${formatPoints(points)} ${points === 1 ? "point" : "points"}`;
}
// shared/pathway/rule.ts
/**
* Points may be fractional, and validation and evaluation add them up in different orders; without a
* little slack 0.1 + 0.2 could miss a minimum of 0.3 in one and reach it in the other.
*/
function reaches$1(points, min) {
	return points >= min - 1e-9 * Math.max(1, Math.abs(min));
}
/** A rule holds when every required input is satisfied and its condition is met; without inputs, trivially. */
function ruleHolds(rule, tally) {
	if (tally.inputs === 0) return true;
	if (tally.requiredMissing > 0) return false;
	switch (rule.type) {
		case "all": return tally.satisfied === tally.inputs;
		case "atLeast": return tally.satisfied >= rule.count;
		case "points": return reaches$1(tally.points, rule.min);
		default: return assertNever(rule, "rule");
	}
}
/**
* Required inputs are named first ("required: SQL Basics"), then what the rule still wants from the
* other inputs ("2 more of: …", "12 more points from: …"), counting the required ones towards the count
* or points, since satisfying them will. Plain loops: this runs for every unsatisfied node on each
* evaluation.
*/
function ruleShortfall(rule, inputs, isSatisfied, titleOfId) {
	const required = [];
	const optional = [];
	let satisfiedCount = 0;
	let satisfiedPoints = 0;
	let requiredPoints = 0;
	let optionalPoints = 0;
	for (const edge of inputs) if (isSatisfied(edge.from)) {
		satisfiedCount += 1;
		satisfiedPoints += pointsOf(edge);
	} else if (edge.required === true) {
		required.push(edge.from);
		requiredPoints += pointsOf(edge);
	} else {
		optional.push(edge.from);
		optionalPoints += pointsOf(edge);
	}
	const parts = [];
	if (required.length > 0) parts.push(`required: ${listTitles(required.map(titleOfId))}`);
	let wantsOptional = false;
	switch (rule.type) {
		case "all":
			if (optional.length > 0) {
				parts.push(`still needed: ${listTitles(optional.map(titleOfId))}`);
				wantsOptional = true;
			}
			break;
		case "atLeast": {
			const more = rule.count - satisfiedCount - required.length;
			if (more <= 0) break;
			if (optional.length === 0) {
				parts.push(`${more} more ${more === 1 ? "input" : "inputs"} than lead into it`);
				break;
			}
			const left = optional.length < more ? ` (only ${optional.length} left)` : "";
			parts.push(`${more} more of: ${listTitles(optional.map(titleOfId))}${left}`);
			wantsOptional = true;
			break;
		}
		case "points": {
			const more = rule.min - satisfiedPoints - requiredPoints;
			if (reaches$1(0, more)) break;
			const word = more === 1 ? "point" : "points";
			if (optional.length === 0) {
				parts.push(`${formatPoints(more)} more ${word} than its inputs carry`);
				break;
			}
			const left = reaches$1(optionalPoints, more) ? "" : ` (only ${formatPoints(optionalPoints)} left)`;
			parts.push(`${formatPoints(more)} more ${word} from: ${listTitles(optional.map(titleOfId))}${left}`);
			wantsOptional = true;
			break;
		}
		default: assertNever(rule, "rule");
	}
	return {
		missing: wantsOptional ? [...required, ...optional] : required,
		text: parts.join("; ")
	};
}
// shared/pathway/evaluate.ts
/**
* Every node's state for a learner who has completed `completedActivityIds` (DESIGN §1).
*
* An activity is satisfied by completion alone, whatever its rule (a learner may do things out of
* order); ids that are not activities are ignored, since skills and credentials are earned, not ticked.
* Because of that, evaluating nodes tier by tier is a topological order: a skill or credential only
* depends on lower tiers, and unit → unit edges (even on a cycle) only decide whether a unit is
* `available`, from completions known up front. O(nodes + edges).
*
* Edges that validation rejects (dangling, down the stack, repeated) take no part; on a duplicate id the
* first node wins.
*/
function evaluatePathway(pathway, completedActivityIds) {
	const { nodes, edges, source, inStart, inEdges, indexOf } = indexPathway(pathway);
	const completed = new Set(completedActivityIds);
	const satisfied = new Uint8Array(nodes.length);
	nodes.forEach((node, i) => {
		if (isActivity(node.kind) && completed.has(node.id)) satisfied[i] = 1;
	});
	const isSatisfied = (id) => satisfied[indexOf.get(id)] === 1;
	const titleOfId = (id) => titleOf(nodes[indexOf.get(id)]);
	const shortfall = (i) => {
		const inputs = [];
		for (let k = inStart[i]; k < inStart[i + 1]; k++) inputs.push(edges[inEdges[k]]);
		const { missing, text } = ruleShortfall(ruleOf(nodes[i]), inputs, isSatisfied, titleOfId);
		return {
			satisfied: false,
			missing,
			missingText: text
		};
	};
	const results = [];
	const tally = {
		inputs: 0,
		satisfied: 0,
		points: 0,
		requiredMissing: 0
	};
	for (const i of inTierOrder(nodes)) {
		const node = nodes[i];
		tally.inputs = inStart[i + 1] - inStart[i];
		tally.satisfied = tally.points = tally.requiredMissing = 0;
		for (let k = inStart[i]; k < inStart[i + 1]; k++) {
			const edge = edges[inEdges[k]];
			if (satisfied[source[inEdges[k]]] === 1) {
				tally.satisfied += 1;
				tally.points += pointsOf(edge);
			} else if (edge.required === true) tally.requiredMissing += 1;
		}
		const holds = ruleHolds(ruleOf(node), tally);
		if (isActivity(node.kind)) {
			if (satisfied[i] === 1) results[i] = {
				state: "completed",
				satisfied: true,
				missing: []
			};
			else if (holds) results[i] = {
				state: "available",
				satisfied: false,
				missing: [node.id],
				missingText: "not completed yet"
			};
			else results[i] = {
				state: "locked",
				...shortfall(i)
			};
		} else if (tally.inputs === 0) results[i] = {
			state: "locked",
			satisfied: false,
			missing: [],
			missingText: "nothing leads into it yet"
		};
		else if (holds) {
			satisfied[i] = 1;
			results[i] = {
				state: "earned",
				satisfied: true,
				missing: []
			};
		} else results[i] = {
			state: tally.satisfied > 0 ? "in-progress" : "locked",
			...shortfall(i)
		};
	}
	const record = Object.create(null);
	nodes.forEach((node, i) => record[node.id] = results[i]);
	return { nodes: record };
}
/** Node indices by tier, in document order within a tier: a stable counting sort, O(nodes). */
function inTierOrder(nodes) {
	const buckets = NODE_KINDS.map(() => []);
	nodes.forEach((node, i) => buckets[TIER[node.kind]].push(i));
	return buckets.flat();
}
// shared/pathway/mapSvg.ts
/** Colours of the kinds on the exported map (the same hues as the editor). */
var KIND_COLOUR = {
	unit: "#3b82f6",
	assessment: "#8b5cf6",
	evidence: "#0ea5e9",
	skill: "#10b981",
	badge: "#f59e0b",
	certificate: "#ef4444",
	program: "#1f3a5f"
};
var escapeXml = (s) => s.replace(/[<>&'"]/g, (c) => ({
	"<": "&lt;",
	">": "&gt;",
	"&": "&amp;",
	"'": "&apos;",
	"\"": "&quot;"
})[c]);
var clip = (s, max) => s.length > max ? `${s.slice(0, max - 1)}…` : s;
/**
* The pathway map as a standalone SVG document: nodes at their positions, edges as curves from each
* node's right side to the next one's left. Drawn from the document, not the DOM, so it is the same
* whatever part of the graph is on screen.
*/
function pathwayMapSvg(pathway, size = {
	width: 210,
	height: 92
}, margin = 40) {
	const pos = new Map(pathway.nodes.map((n, i) => [n.id, n.position ?? {
		x: 0,
		y: i * (size.height + 20)
	}]));
	const xs = [...pos.values()].map((p) => p.x);
	const ys = [...pos.values()].map((p) => p.y);
	const minX = Math.min(0, ...xs) - margin;
	const minY = Math.min(0, ...ys) - margin;
	const width = Math.max(...xs, 0) + size.width + margin - minX;
	const height = Math.max(...ys, 0) + size.height + margin - minY;
	const edges = pathway.edges.filter((e) => pos.has(e.from) && pos.has(e.to)).map((e) => {
		const a = pos.get(e.from);
		const b = pos.get(e.to);
		const x1 = a.x + size.width;
		const y1 = a.y + size.height / 2;
		const x2 = b.x;
		const y2 = b.y + size.height / 2;
		const dx = Math.max(40, Math.abs(x2 - x1) / 2);
		return `<path d="M${x1} ${y1} C${x1 + dx} ${y1} ${x2 - dx} ${y2} ${x2} ${y2}" fill="none" stroke="#8a94a6" stroke-width="${e.required ? 3 : 1.5}"/>`;
	});
	const nodes = pathway.nodes.map((n) => {
		const p = pos.get(n.id);
		const colour = KIND_COLOUR[n.kind];
		return [
			`<g transform="translate(${p.x} ${p.y})">`,
			`<rect width="${size.width}" height="${size.height}" rx="8" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`,
			`<rect width="6" height="${size.height}" rx="3" fill="${colour}"/>`,
			`<text x="16" y="24" font-family="sans-serif" font-size="11" fill="${colour}">${escapeXml(KIND_LABEL[n.kind])}</text>`,
			`<text x="16" y="48" font-family="sans-serif" font-size="14" font-weight="600" fill="#1d2430">${escapeXml(clip(titleOf(n), 26))}</text>`,
			"</g>"
		].join("");
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="${minX} ${minY} ${Math.ceil(width)} ${Math.ceil(height)}">`,
		`<title>${escapeXml(pathway.name)}</title>`,
		`<rect x="${minX}" y="${minY}" width="100%" height="100%" fill="#f7f7f5"/>`,
		...edges,
		...nodes,
		"</svg>"
	].join("\n");
}
// renderer/app/download.ts
/** Saves data as a file through the browser's (or Electron's) download, with a name the person recognises. */
function download(fileName, data) {
	const url = URL.createObjectURL(data);
	const a = document.createElement("a");
	a.href = url;
	a.download = fileName;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
/** Rasterises an SVG document to a PNG blob at `scale`. */
async function svgToPng(svg, scale = 1) {
	const image = new Image();
	const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
	try {
		await new Promise((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(/* @__PURE__ */ new Error("The map could not be drawn."));
			image.src = url;
		});
		const canvas = document.createElement("canvas");
		canvas.width = Math.ceil(image.naturalWidth * scale);
		canvas.height = Math.ceil(image.naturalHeight * scale);
		if (canvas.width * canvas.height > 256e6) throw new Error("The map is too large for a PNG; export SVG instead.");
		const context = canvas.getContext("2d");
		context.scale(scale, scale);
		context.drawImage(image, 0, 0);
		return await new Promise((resolve, reject) => canvas.toBlob((b) => b ? resolve(b) : reject(/* @__PURE__ */ new Error("The PNG could not be made.")), "image/png"));
	} finally {
		URL.revokeObjectURL(url);
	}
}
var slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "pathway";
// shared/pathway/edit.ts
/**
* The pathway editor's edits as pure functions: each takes a pathway and returns a new one (or the same
* object when nothing changes), sharing untouched nodes so a view can tell what changed by identity.
* The editor's commands, the CLI and tests all go through these.
*/
var DEFAULT_TITLES = {
	unit: "New learning unit",
	assessment: "New assessment",
	evidence: "New evidence",
	skill: "New skill",
	badge: "New badge",
	certificate: "New certificate",
	program: "New program"
};
function addNode(pathway, node) {
	return {
		...pathway,
		nodes: [...pathway.nodes, node]
	};
}
/** Why the stack model forbids connecting `from` to `to`, in words; undefined when it is allowed. */
function connectionRefusal(pathway, from, to) {
	const source = pathway.nodes.find((n) => n.id === from);
	const target = pathway.nodes.find((n) => n.id === to);
	if (!source || !target) return "Both ends must be nodes of this pathway.";
	if (from === to) return "A node cannot feed itself.";
	if (pathway.edges.some((e) => e.from === from && e.to === to)) return `“${titleOf(source)}” already feeds “${titleOf(target)}”.`;
	if (!edgeAllowed(source.kind, target.kind)) return `${KIND_LABEL[source.kind]} → ${KIND_LABEL[target.kind].toLowerCase()} goes down the stack: connections go up (unit → assessment → evidence → skill → badge → certificate → program).`;
	if (source.kind === "unit" && target.kind === "unit" && reaches(pathway, to, from)) return `That would make a cycle of units: “${titleOf(target)}” already leads to “${titleOf(source)}”.`;
}
/** Whether `start` reaches `goal` along unit → unit edges. */
function reaches(pathway, start, goal) {
	const seen = /* @__PURE__ */ new Set([start]);
	const queue = [start];
	while (queue.length) {
		const at = queue.pop();
		if (at === goal) return true;
		for (const e of pathway.edges) {
			if (e.from !== at || seen.has(e.to)) continue;
			seen.add(e.to);
			queue.push(e.to);
		}
	}
	return false;
}
function connect(pathway, from, to) {
	if (connectionRefusal(pathway, from, to)) return pathway;
	return {
		...pathway,
		edges: [...pathway.edges, {
			from,
			to
		}]
	};
}
function removeElements(pathway, nodeIds, edgeIds = []) {
	const nodes = new Set(nodeIds);
	const edges = new Set(edgeIds);
	if (nodes.size === 0 && edges.size === 0) return pathway;
	return {
		...pathway,
		nodes: pathway.nodes.filter((n) => !nodes.has(n.id)),
		edges: pathway.edges.filter((e) => !edges.has(edgeId(e)) && !nodes.has(e.from) && !nodes.has(e.to))
	};
}
/** Merges `patch` into one node; a key set to undefined is removed. */
function updateNode(pathway, id, patch) {
	return {
		...pathway,
		nodes: pathway.nodes.map((n) => {
			if (n.id !== id) return n;
			const next = {
				...n,
				...patch
			};
			for (const [key, value] of Object.entries(patch)) if (value === void 0) delete next[key];
			return next;
		})
	};
}
function setRule(pathway, id, rule) {
	return updateNode(pathway, id, { rule: rule.type === "all" ? void 0 : rule });
}
function updateEdge(pathway, id, patch) {
	return {
		...pathway,
		edges: pathway.edges.map((e) => {
			if (edgeId(e) !== id) return e;
			const next = {
				...e,
				...patch
			};
			if (!next.required) delete next.required;
			if (next.points === void 0 || next.points === 1) delete next.points;
			return next;
		})
	};
}
/** Moves nodes to new positions; nodes not in `positions` keep their object identity. */
function moveNodes(pathway, positions) {
	if (positions.size === 0) return pathway;
	return {
		...pathway,
		nodes: pathway.nodes.map((n) => {
			const p = positions.get(n.id);
			return p && (p.x !== n.position?.x || p.y !== n.position?.y) ? {
				...n,
				position: {
					x: Math.round(p.x),
					y: Math.round(p.y)
				}
			} : n;
		})
	};
}
function copyFragment(pathway, nodeIds) {
	const ids = new Set(nodeIds);
	return {
		format: "laurel.pathway-fragment/1",
		nodes: pathway.nodes.filter((n) => ids.has(n.id)),
		edges: pathway.edges.filter((e) => ids.has(e.from) && ids.has(e.to))
	};
}
/**
* Pastes a fragment with fresh ids, shifted by `offset`; returns the new pathway and the pasted ids.
* Works across pathways: the fragment carries everything it needs.
*/
function pasteFragment(pathway, fragment, offset, newId) {
	const idMap = new Map(fragment.nodes.map((n) => [n.id, newId(n.kind)]));
	const nodes = fragment.nodes.map((n) => ({
		...n,
		id: idMap.get(n.id),
		position: {
			x: (n.position?.x ?? 0) + offset.x,
			y: (n.position?.y ?? 0) + offset.y
		}
	}));
	const edges = fragment.edges.map((e) => ({
		...e,
		from: idMap.get(e.from),
		to: idMap.get(e.to)
	}));
	return {
		pathway: {
			...pathway,
			nodes: [...pathway.nodes, ...nodes],
			edges: [...pathway.edges, ...edges]
		},
		ids: nodes.map((n) => n.id)
	};
}
/** A new node id that is readable in exports and unique in the pathway. */
function freshNodeId(pathway, kind, taken = new Set(pathway.nodes.map((n) => n.id))) {
	for (let i = pathway.nodes.length + 1;; i++) {
		const id = `${kind}-${i}`;
		if (!taken.has(id)) return id;
	}
}
/** Nodes ordered for "next node" keyboard navigation: by tier (left to right), then top to bottom. */
function readingOrder(pathway) {
	return [...pathway.nodes].sort((a, b) => TIER[a.kind] - TIER[b.kind] || (a.position?.y ?? 0) - (b.position?.y ?? 0));
}
// renderer/pathway/autoLayout.ts
var elk;
var loadElk = () => elk ??= __vitePreload(async () => {
	const { default: ELK } = await import("./elk.bundled-Cg7ZkEa6.js").then((m) => /* @__PURE__ */ __toESM(m.default, 1));
	return { default: ELK };
}, __vite__mapDeps([0,1])).then(({ default: ELK }) => new ELK());
var NODE_SIZE = {
	width: 210,
	height: 92
};
/**
* Positions for every node, left to right by tier: ELK's layered algorithm with one partition per tier,
* so units always sit left of assessments, and so on up to programs, whatever the edges say.
*/
async function layoutByTier(pathway, measured) {
	const ids = new Set(pathway.nodes.map((n) => n.id));
	const graph = await (await loadElk()).layout({
		id: "root",
		layoutOptions: {
			"elk.algorithm": "layered",
			"elk.direction": "RIGHT",
			"elk.partitioning.activate": "true",
			"elk.separateConnectedComponents": "false",
			"elk.spacing.nodeNode": "24",
			"elk.layered.spacing.nodeNodeBetweenLayers": "70",
			"elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
			"elk.layered.nodePlacement.strategy": "BRANDES_KOEPF"
		},
		children: pathway.nodes.map((n) => ({
			id: n.id,
			...measured?.get(n.id) ?? NODE_SIZE,
			layoutOptions: { "elk.partitioning.partition": String(TIER[n.kind]) }
		})),
		edges: pathway.edges.filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to).map((e, i) => ({
			id: `e${i}`,
			sources: [e.from],
			targets: [e.to]
		}))
	});
	return new Map((graph.children ?? []).map((c) => [c.id, {
		x: c.x ?? 0,
		y: c.y ?? 0
	}]));
}
// renderer/pathway/commands.ts
var mod = (e) => e.ctrlKey || e.metaKey;
var CLIPBOARD_KEY = "laurel.pathway.clipboard";
var PALETTE_LABEL = {
	unit: "Add learning unit",
	assessment: "Add assessment",
	evidence: "Add evidence",
	skill: "Add skill",
	badge: "Add badge",
	certificate: "Add certificate",
	program: "Add program"
};
/** Adds a node of `kind` at `position`, selected, as one undoable step. */
function addNodeAt(store, kind, position) {
	const id = freshNodeId(store.getState().pathway, kind);
	const node = {
		id,
		kind,
		title: DEFAULT_TITLES[kind],
		position: {
			x: Math.round(position.x),
			y: Math.round(position.y)
		}
	};
	store.run(`Add ${KIND_LABEL[kind].toLowerCase()}`, (p) => addNode(p, node), {
		nodes: [id],
		edges: []
	});
	return id;
}
/** Where a palette button puts a new node: the middle of the view, nudged so new nodes do not stack exactly. */
function viewCentre(flow, store) {
	const canvas = document.querySelector(".pathway-canvas")?.getBoundingClientRect();
	const centre = canvas ? flow.screenToFlowPosition({
		x: canvas.left + canvas.width / 2,
		y: canvas.top + canvas.height / 2
	}) : {
		x: 0,
		y: 0
	};
	const shift = store.getState().pathway.nodes.length % 5 * 24;
	return {
		x: centre.x - NODE_SIZE.width / 2 + shift,
		y: centre.y - NODE_SIZE.height / 2 + shift
	};
}
var hasSelection = ({ store }) => store.getState().selectedNodes.size + store.getState().selectedEdges.size > 0;
var hasNodeSelection = ({ store }) => store.getState().selectedNodes.size > 0;
function copySelection({ store }) {
	const { pathway, selectedNodes } = store.getState();
	if (selectedNodes.size === 0) return void 0;
	const fragment = copyFragment(pathway, selectedNodes);
	localStorage.setItem(CLIPBOARD_KEY, JSON.stringify(fragment));
	return fragment;
}
function paste(store, fragment, label) {
	if (!fragment || fragment.format !== "laurel.pathway-fragment/1" || fragment.nodes.length === 0) return;
	const taken = new Set(store.getState().pathway.nodes.map((n) => n.id));
	const newId = (kind) => {
		const id = freshNodeId(store.getState().pathway, kind, taken);
		taken.add(id);
		return id;
	};
	let ids = [];
	store.run(label, (p) => {
		const result = pasteFragment(p, fragment, {
			x: 40,
			y: 40
		}, newId);
		ids = result.ids;
		return result.pathway;
	});
	store.select(ids);
}
function readClipboard() {
	try {
		return JSON.parse(localStorage.getItem(CLIPBOARD_KEY) ?? "null") ?? void 0;
	} catch {
		return;
	}
}
/** Moves the selection to the next/previous node in reading order (tier, then top to bottom). */
function step(ctx, delta) {
	const { pathway, selectedNodes } = ctx.store.getState();
	const order = readingOrder(pathway);
	if (order.length === 0) return;
	const next = order[(order.findIndex((n) => selectedNodes.has(n.id)) + delta + order.length) % order.length];
	ctx.store.select([next.id]);
	reveal(ctx, next.id);
}
function reveal({ flow }, id) {
	const node = flow.getNode(id);
	if (node) flow.setCenter(node.position.x + NODE_SIZE.width / 2, node.position.y + NODE_SIZE.height / 2, {
		zoom: Math.max(flow.getZoom(), .8),
		duration: 200
	});
}
var COMMANDS = [
	...NODE_KINDS.map((kind) => ({
		id: `add-${kind}`,
		label: PALETTE_LABEL[kind],
		perform: ({ store, flow }) => void addNodeAt(store, kind, viewCentre(flow, store))
	})),
	{
		id: "undo",
		label: "Undo",
		shortcut: "Ctrl+Z",
		keys: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === "z",
		enabled: ({ store }) => store.canUndo,
		perform: ({ store }) => void store.undo()
	},
	{
		id: "redo",
		label: "Redo",
		shortcut: "Ctrl+Shift+Z",
		keys: (e) => mod(e) && (e.shiftKey && e.key.toLowerCase() === "z" || e.key.toLowerCase() === "y"),
		enabled: ({ store }) => store.canRedo,
		perform: ({ store }) => void store.redo()
	},
	{
		id: "delete",
		label: "Delete",
		shortcut: "Delete",
		keys: (e) => e.key === "Delete" || e.key === "Backspace",
		enabled: hasSelection,
		perform: ({ store }) => {
			const { selectedNodes, selectedEdges } = store.getState();
			store.run("Delete", (p) => removeElements(p, selectedNodes, selectedEdges), {
				nodes: [],
				edges: []
			});
		}
	},
	{
		id: "copy",
		label: "Copy",
		shortcut: "Ctrl+C",
		keys: (e) => mod(e) && e.key.toLowerCase() === "c",
		enabled: hasNodeSelection,
		perform: (ctx) => void copySelection(ctx)
	},
	{
		id: "cut",
		label: "Cut",
		shortcut: "Ctrl+X",
		keys: (e) => mod(e) && e.key.toLowerCase() === "x",
		enabled: hasNodeSelection,
		perform: (ctx) => {
			copySelection(ctx);
			const { selectedNodes } = ctx.store.getState();
			ctx.store.run("Cut", (p) => removeElements(p, selectedNodes), { nodes: [] });
		}
	},
	{
		id: "paste",
		label: "Paste",
		shortcut: "Ctrl+V",
		keys: (e) => mod(e) && e.key.toLowerCase() === "v",
		perform: ({ store }) => paste(store, readClipboard(), "Paste")
	},
	{
		id: "duplicate",
		label: "Duplicate",
		shortcut: "Ctrl+D",
		keys: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === "d",
		enabled: hasNodeSelection,
		perform: ({ store }) => {
			const { pathway, selectedNodes } = store.getState();
			paste(store, copyFragment(pathway, selectedNodes), "Duplicate");
		}
	},
	{
		id: "select-all",
		label: "Select all",
		shortcut: "Ctrl+A",
		keys: (e) => mod(e) && e.key.toLowerCase() === "a",
		perform: ({ store }) => store.select(store.getState().pathway.nodes.map((n) => n.id))
	},
	{
		id: "auto-layout",
		label: "Auto layout",
		perform: async ({ store, flow }) => {
			const positions = await layoutByTier(store.getState().pathway);
			if (store.run("Auto layout", (p) => moveNodes(p, positions))) setTimeout(() => void flow.fitView({ duration: 200 }), 50);
		}
	},
	{
		id: "fit-view",
		label: "Zoom to fit",
		shortcut: "Shift+1",
		keys: (e) => e.shiftKey && e.code === "Digit1",
		perform: ({ flow }) => void flow.fitView({ duration: 200 })
	},
	{
		id: "next-node",
		label: "Next node",
		shortcut: "Tab",
		keys: (e) => e.key === "Tab" && !e.shiftKey,
		perform: (ctx) => step(ctx, 1)
	},
	{
		id: "previous-node",
		label: "Previous node",
		shortcut: "Shift+Tab",
		keys: (e) => e.key === "Tab" && e.shiftKey,
		perform: (ctx) => step(ctx, -1)
	},
	{
		id: "deselect",
		label: "Deselect",
		shortcut: "Escape",
		keys: (e) => e.key === "Escape",
		perform: ({ store }) => store.select([])
	}
];
var commandById = (id) => {
	const command = COMMANDS.find((c) => c.id === id);
	if (!command) throw new Error(`No editor command ${id}`);
	return command;
};
function runCommand(id, ctx) {
	const command = commandById(id);
	if (command.enabled && !command.enabled(ctx)) return;
	Promise.resolve(command.perform(ctx)).catch((error) => notify("error", `${command.label} failed: ${error.message}`));
}
// renderer/pathway/editorStore.ts
var EMPTY = /* @__PURE__ */ new Set();
var PathwayEditorStore = class {
	state;
	past = [];
	future = [];
	gesture;
	listeners = /* @__PURE__ */ new Set();
	changeListeners = /* @__PURE__ */ new Set();
	constructor(pathway) {
		this.state = {
			pathway,
			selectedNodes: EMPTY,
			selectedEdges: EMPTY,
			simulating: false,
			completed: EMPTY
		};
	}
	getState = () => this.state;
	subscribe = (listener) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};
	/** Called after every committed change of the document (not selection, not drags in progress). */
	onDocumentChange(listener) {
		this.changeListeners.add(listener);
		return () => this.changeListeners.delete(listener);
	}
	set(patch) {
		this.state = {
			...this.state,
			...patch
		};
		for (const l of this.listeners) l();
	}
	committed(label) {
		for (const l of this.changeListeners) l(label);
	}
	get readOnly() {
		return this.state.preview !== void 0;
	}
	/** Runs a named edit as one undoable step. An edit that changes nothing records nothing. */
	run(label, edit, selection) {
		if (this.readOnly) return false;
		const before = this.state.pathway;
		const after = edit(before);
		if (after === before) return false;
		this.past.push({
			label,
			before,
			after
		});
		this.future = [];
		this.set({
			pathway: after,
			...selection?.nodes ? { selectedNodes: new Set(selection.nodes) } : {},
			...selection?.edges ? { selectedEdges: new Set(selection.edges) } : {}
		});
		this.committed(label);
		return true;
	}
	/** A drag: intermediate positions change the document without history; `endGesture` records one step. */
	beginGesture() {
		if (!this.gesture && !this.readOnly) this.gesture = { before: this.state.pathway };
	}
	updateGesture(edit) {
		if (!this.gesture) return;
		const next = edit(this.state.pathway);
		if (next !== this.state.pathway) this.set({ pathway: next });
	}
	endGesture(label) {
		const gesture = this.gesture;
		this.gesture = void 0;
		if (!gesture || gesture.before === this.state.pathway) return;
		this.past.push({
			label,
			before: gesture.before,
			after: this.state.pathway
		});
		this.future = [];
		this.committed(label);
	}
	get canUndo() {
		return this.past.length > 0 && !this.readOnly;
	}
	get canRedo() {
		return this.future.length > 0 && !this.readOnly;
	}
	undo() {
		const entry = this.canUndo ? this.past.pop() : void 0;
		if (!entry) return void 0;
		this.future.push(entry);
		this.set({ pathway: entry.before });
		this.committed(`Undo ${entry.label}`);
		return entry.label;
	}
	redo() {
		const entry = this.canRedo ? this.future.pop() : void 0;
		if (!entry) return void 0;
		this.past.push(entry);
		this.set({ pathway: entry.after });
		this.committed(`Redo ${entry.label}`);
		return entry.label;
	}
	/** Replaces the document from outside (a restored revision); history starts again. */
	replaceDocument(pathway) {
		this.past = [];
		this.future = [];
		this.set({
			pathway,
			selectedNodes: EMPTY,
			selectedEdges: EMPTY,
			preview: void 0
		});
	}
	select(nodes, edges = []) {
		this.set({
			selectedNodes: new Set(nodes),
			selectedEdges: new Set(edges)
		});
	}
	setSimulating(simulating) {
		this.set({
			simulating,
			completed: simulating ? this.state.completed : EMPTY
		});
	}
	toggleCompleted(id) {
		const completed = new Set(this.state.completed);
		if (!completed.delete(id)) completed.add(id);
		this.set({ completed });
	}
	setPreview(preview) {
		this.set({
			preview,
			selectedNodes: EMPTY,
			selectedEdges: EMPTY
		});
	}
};
/** Subscribes a component to one slice of the editor state; it re-renders only when that slice changes. */
function useEditor(store, select) {
	return (0, import_react.useSyncExternalStore)(store.subscribe, () => select(store.getState()));
}
/** The document the canvas shows: the previewed revision, or the one being edited. */
var shownPathway = (s) => s.preview?.pathway ?? s.pathway;
// shared/pathway/designWarnings.ts
/**
* Gaps in a design: it works as drawn but does not yet say what it should. Incomplete credentials are
* errors when `publishing`, since a published credential is permanent.
*/
function designWarnings(graph, publishing) {
	const problems = [];
	graph.nodes.forEach((node, i) => {
		if (graph.connected[i] === 0) problems.push({
			severity: "warning",
			code: "orphan-node",
			nodeId: node.id,
			message: `${nameOf(node)} is not connected to anything`,
			hint: `Connect it to the pathway or delete it`
		});
		else {
			const gap = inputGap(graph, i);
			if (gap) problems.push(gap);
		}
		if (isCredential(node.kind)) {
			const incomplete = incompleteCredential(node, publishing);
			if (incomplete) problems.push(incomplete);
		}
	});
	return [...problems, ...duplicateTitles(graph.nodes)];
}
function gapWarning(node, code, message, hint) {
	return {
		severity: "warning",
		code,
		nodeId: node.id,
		message,
		hint
	};
}
/** Whether any `ok` edge into node i comes from a node of one of these kinds. */
function fedBy(graph, i, kinds) {
	for (let k = graph.inStart[i]; k < graph.inStart[i + 1]; k++) if (kinds.includes(graph.nodes[graph.source[graph.inEdges[k]]].kind)) return true;
	return false;
}
function inputGap(graph, i) {
	const node = graph.nodes[i];
	switch (node.kind) {
		case "unit":
		case "assessment":
		case "evidence": return;
		case "skill":
			if (fedBy(graph, i, ["assessment", "evidence"])) return void 0;
			return gapWarning(node, "skill-not-assessed", `Nothing assesses ${nameOf(node)}: no assessment or evidence leads into it`, `Connect an assessment or a piece of evidence that proves this skill`);
		case "badge":
			if (fedBy(graph, i, ["skill"])) return void 0;
			return gapWarning(node, "badge-without-skill", `No skill leads into ${nameOf(node)}, so it does not say what its holder can do`, `Connect the skill this badge stands for`);
		case "certificate":
		case "program":
			if (graph.inStart[i + 1] > graph.inStart[i]) return void 0;
			return gapWarning(node, "credential-without-inputs", `Nothing leads into ${nameOf(node)}, so no one can earn it`, `Connect the ${inputNoun(node.kind)}s it stacks from`);
		default: return assertNever(node.kind, "node kind");
	}
}
var CREDENTIAL_TEXT_FIELDS = [
	["name", "name"],
	["description", "description"],
	["criteria", "criteria"]
];
function isBlank(value) {
	return typeof value !== "string" || value.trim() === "";
}
function incompleteCredential(node, publishing) {
	const credential = node.credential ?? {};
	const texts = CREDENTIAL_TEXT_FIELDS.filter(([field]) => isBlank(credential[field])).map(([, label]) => label);
	const noTemplate = isBlank(credential.templateId);
	if (texts.length === 0 && !noTemplate) return void 0;
	const missing = noTemplate ? [...texts, "visual template"] : texts;
	const todo = [...texts.length > 0 ? [`fill in its ${joinAnd(texts)}`] : [], ...noTemplate ? ["choose a visual template"] : []].join(" and ");
	return {
		severity: publishing ? "error" : "warning",
		code: "credential-incomplete",
		nodeId: node.id,
		message: publishing ? `${nameOf(node)} cannot be published without its ${joinAnd(missing)}` : `${nameOf(node)} has no ${joinAnd(missing, "or")} yet`,
		hint: `In its properties, ${todo}${publishing ? "" : " before publishing"}`
	};
}
function duplicateTitles(nodes) {
	const firstByKind = /* @__PURE__ */ new Map();
	const problems = [];
	for (const node of nodes) {
		const title = node.title.trim();
		if (title === "") continue;
		let first = firstByKind.get(node.kind);
		if (!first) firstByKind.set(node.kind, first = /* @__PURE__ */ new Map());
		const key = title.toLowerCase();
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, node);
			continue;
		}
		problems.push({
			severity: "warning",
			code: "duplicate-title",
			nodeId: node.id,
			nodeIds: [earlier.id, node.id],
			message: `More than one ${KIND_LABEL[node.kind].toLowerCase()} is called '${title}'`,
			hint: `Rename one of them so designers and learners can tell them apart`
		});
	}
	return problems;
}
// shared/pathway/satisfiable.ts
/**
* Which nodes a learner can ever satisfy, by node index (1 = can): what a learner reaches who completes
* every activity as soon as it unlocks. Validation uses it to find rules that can never hold.
*
* Unlike evaluation, which counts any completion, an activity counts here only once its rule can hold:
* an assessment that can never unlock is a design error even though a tick could mark it done. So units
* on a cycle that wait for each other never unlock, and a skill or credential needs at least one input.
*
* It is the least fixpoint of "the rule holds over satisfiable inputs", found with a worklist that
* bumps each target's tally once per edge (as in Horn satisfiability): O(nodes + edges), cycles or not.
*/
function satisfiableMask(graph) {
	const { nodes, inStart, inEdges, outStart, outEdges, edges, target } = graph;
	const n = nodes.length;
	const satisfiedCount = new Int32Array(n);
	const points = new Float64Array(n);
	const requiredMissing = new Int32Array(n);
	for (let i = 0; i < n; i++) for (let k = inStart[i]; k < inStart[i + 1]; k++) if (edges[inEdges[k]].required === true) requiredMissing[i] += 1;
	const tally = {
		inputs: 0,
		satisfied: 0,
		points: 0,
		requiredMissing: 0
	};
	const canSatisfy = (i) => {
		tally.inputs = inStart[i + 1] - inStart[i];
		if (tally.inputs === 0 && !isActivity(nodes[i].kind)) return false;
		tally.satisfied = satisfiedCount[i];
		tally.points = points[i];
		tally.requiredMissing = requiredMissing[i];
		return ruleHolds(ruleOf(nodes[i]), tally);
	};
	const satisfiable = new Uint8Array(n);
	const queue = [];
	for (let i = 0; i < n; i++) if (canSatisfy(i)) {
		satisfiable[i] = 1;
		queue.push(i);
	}
	while (queue.length > 0) {
		const i = queue.pop();
		for (let k = outStart[i]; k < outStart[i + 1]; k++) {
			const e = outEdges[k];
			const to = target[e];
			satisfiedCount[to] += 1;
			points[to] += pointsOf(edges[e]);
			if (edges[e].required === true) requiredMissing[to] -= 1;
			if (satisfiable[to] === 0 && canSatisfy(to)) {
				satisfiable[to] = 1;
				queue.push(to);
			}
		}
	}
	return satisfiable;
}
// shared/pathway/ruleProblems.ts
/**
* Rules that can never hold. A rule is checked against its inputs as drawn ("at least 4" of 3) and
* against the inputs that can ever be satisfied, so a blocked badge shows up on every certificate that
* depends on it, transitively, each with the blocked input named. A node without inputs holds
* trivially and is left to the design warnings.
*/
function ruleProblems(graph, cycles) {
	const { nodes, edges, source, inStart, inEdges } = graph;
	const satisfiable = satisfiableMask(graph);
	const cycleOf = new Int32Array(nodes.length).fill(-1);
	cycles.forEach((cycle, c) => cycle.forEach((i) => cycleOf[i] = c));
	const problems = [];
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i];
		const inputs = inStart[i + 1] - inStart[i];
		if (inputs === 0) continue;
		const rule = ruleOf(node);
		const blocked = [];
		let open = 0;
		let total = 0;
		let reachable = 0;
		for (let k = inStart[i]; k < inStart[i + 1]; k++) {
			const e = inEdges[k];
			total += pointsOf(edges[e]);
			if (satisfiable[source[e]] === 1) {
				open += 1;
				reachable += pointsOf(edges[e]);
			} else blocked.push(e);
		}
		const countOk = rule.type !== "atLeast" || inputs >= rule.count;
		const pointsOk = rule.type !== "points" || reaches$1(total, rule.min);
		if (blocked.length === 0 && countOk && pointsOk) continue;
		const blockedNames = joinAnd(blocked.slice(0, 3).map((e) => nameOf(nodes[source[e]])));
		const base = {
			severity: "error",
			nodeId: node.id
		};
		if (rule.type === "atLeast") {
			if (inputs < rule.count) problems.push({
				...base,
				code: "at-least-unreachable",
				message: `${nameOf(node)} needs at least ${rule.count} of its inputs but only ${inputs} lead into it`,
				hint: `Lower the count to ${inputs} or connect another ${inputNoun(node.kind)}`
			});
			else if (open < rule.count) problems.push({
				...base,
				code: "at-least-unreachable",
				message: `${nameOf(node)} needs at least ${rule.count} of its inputs but only ${open} of them can ever be reached: ${blockedNames} never can`,
				hint: open > 0 ? `Lower the count to ${open}, or fix ${blockedNames} first` : `Fix ${blockedNames} first`
			});
		} else if (rule.type === "points") {
			if (!reaches$1(total, rule.min)) problems.push({
				...base,
				code: "points-unreachable",
				message: `${nameOf(node)} needs ${pointsText(rule.min)} but its inputs add up to only ${formatPoints(total)}`,
				hint: `Lower the minimum to ${formatPoints(total)} or connect inputs worth ${formatPoints(rule.min - total)} more`
			});
			else if (!reaches$1(reachable, rule.min)) problems.push({
				...base,
				code: "points-unreachable",
				message: `${nameOf(node)} needs ${pointsText(rule.min)} but only ${formatPoints(reachable)} can ever be reached: ${blockedNames} never can`,
				hint: `Lower the minimum to ${formatPoints(reachable)}, or fix ${blockedNames} first`
			});
		}
		for (const e of blocked) {
			const from = source[e];
			if (cycleOf[from] !== -1 && cycleOf[from] === cycleOf[i]) continue;
			if (edges[e].required !== true && rule.type !== "all") continue;
			const input = nodes[from];
			const why = cycleOf[from] !== -1 ? "it is on a cycle of units" : inStart[from + 1] === inStart[from] && !isActivity(input.kind) ? "nothing leads into it" : "its own rule can never be met";
			problems.push(neverSatisfied(node, input, edges[e], why, rule.type === "all"));
		}
	}
	return problems;
}
function neverSatisfied(node, input, edge, why, all) {
	const never = `${nameOf(input)}, which can never be ${satisfiedWord(input.kind)} (${why})`;
	return {
		severity: "error",
		code: "input-never-satisfied",
		nodeId: node.id,
		edgeId: edgeId(edge),
		message: all ? `${nameOf(node)} needs all its inputs, including ${never}` : `${nameOf(node)} requires ${never}`,
		hint: all ? `Fix ${nameOf(input)} first, or change the rule to 'at least' so it is not needed` : `Fix ${nameOf(input)} first, or make it optional`
	};
}
// shared/pathway/unitCycles.ts
/**
* The groups of units that lead back into each other, as node indices in document order: strongly
* connected components of the unit → unit edges with more than one unit, or a unit leading into itself.
* Units are the only kind that can form a cycle, since every other edge goes up the stack.
*
* Tarjan's algorithm with an explicit stack, so a long chain of units cannot overflow the call stack.
*/
function unitCycles(graph) {
	const { nodes, outStart, outEdges, target } = graph;
	const n = nodes.length;
	const index = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const onStack = new Uint8Array(n);
	const stack = [];
	const cycles = [];
	let visited = 0;
	const visit = (i) => {
		index[i] = low[i] = visited++;
		stack.push(i);
		onStack[i] = 1;
	};
	for (let root = 0; root < n; root++) {
		if (nodes[root].kind !== "unit" || index[root] !== -1) continue;
		visit(root);
		const work = [{
			i: root,
			k: outStart[root]
		}];
		while (work.length > 0) {
			const frame = work[work.length - 1];
			if (frame.k < outStart[frame.i + 1]) {
				const to = target[outEdges[frame.k++]];
				if (nodes[to].kind !== "unit") continue;
				if (index[to] === -1) {
					visit(to);
					work.push({
						i: to,
						k: outStart[to]
					});
				} else if (onStack[to] === 1) low[frame.i] = Math.min(low[frame.i], index[to]);
				continue;
			}
			work.pop();
			const parent = work[work.length - 1];
			if (parent) low[parent.i] = Math.min(low[parent.i], low[frame.i]);
			if (low[frame.i] !== index[frame.i]) continue;
			const component = [];
			let member;
			do {
				member = stack.pop();
				onStack[member] = 0;
				component.push(member);
			} while (member !== frame.i);
			if (component.length > 1 || leadsIntoItself(graph, frame.i)) cycles.push(component.sort((a, b) => a - b));
		}
	}
	return cycles;
}
function leadsIntoItself(graph, i) {
	for (let k = graph.outStart[i]; k < graph.outStart[i + 1]; k++) if (graph.target[graph.outEdges[k]] === i) return true;
	return false;
}
// shared/pathway/validate.ts
/**
* Everything that would make a pathway wrong (errors) or leave gaps in its design (warnings), errors
* first (DESIGN §1). Never throws on a schema-valid pathway, however malformed its graph.
*/
function validatePathway(pathway) {
	return collectProblems(pathway, false);
}
function collectProblems(pathway, publishing) {
	const graph = indexPathway(pathway);
	const cycles = unitCycles(graph);
	const problems = [
		...structureProblems(graph, cycles),
		...ruleProblems(graph, cycles),
		...designWarnings(graph, publishing)
	];
	return [...problems.filter((p) => p.severity === "error"), ...problems.filter((p) => p.severity === "warning")];
}
/** Duplicate ids, faulty edges and unit cycles: the graph itself is not what the stack model allows. */
function structureProblems(graph, cycleIndices) {
	const problems = [];
	for (const node of graph.duplicateNodes) {
		const first = graph.nodeById(node.id);
		problems.push({
			severity: "error",
			code: "duplicate-node-id",
			nodeId: node.id,
			message: `${nameOf(first)} and ${nameOf(node)} have the same id '${node.id}'`,
			hint: `Give ${nameOf(node)} an id of its own; connections to '${node.id}' only reach ${nameOf(first)}`
		});
	}
	graph.pathway.edges.forEach((edge, i) => {
		const from = graph.nodeById(edge.from);
		const to = graph.nodeById(edge.to);
		const id = edgeId(edge);
		switch (graph.edgeStatus[i]) {
			case "dangling": {
				const known = to ?? from;
				problems.push({
					severity: "error",
					code: "dangling-edge",
					edgeId: id,
					...known ? { nodeId: known.id } : {},
					message: from ? `A connection from ${nameOf(from)} leads into '${edge.to}', which is not in this pathway` : to ? `A connection into ${nameOf(to)} comes from '${edge.from}', which is not in this pathway` : `A connection joins '${edge.from}' to '${edge.to}', neither of which is in this pathway`,
					hint: `Remove the connection, or add the missing node`
				});
				break;
			}
			case "down-stack":
				problems.push({
					severity: "error",
					code: "edge-down-stack",
					edgeId: id,
					nodeId: to.id,
					message: `${nameOf(from)} cannot lead into ${nameOf(to)}: connections go up the stack, from units to assessments, evidence, skills, badges, certificates and programs`,
					hint: edgeAllowed(to.kind, from.kind) ? `Reverse it so that ${nameOf(to)} leads into ${nameOf(from)}, or remove it` : `Remove the connection`
				});
				break;
			case "duplicate":
				problems.push({
					severity: "error",
					code: "duplicate-edge",
					edgeId: id,
					nodeId: to.id,
					message: `${nameOf(from)} is connected to ${nameOf(to)} more than once`,
					hint: `Remove the extra connection; only the first one counts`
				});
				break;
			case "ok":
			case void 0:
		}
	});
	for (const cycle of cycleIndices.map((indices) => indices.map((i) => graph.nodes[i]))) {
		const [first] = cycle;
		problems.push({
			severity: "error",
			code: "unit-cycle",
			nodeId: first.id,
			nodeIds: cycle.map((node) => node.id),
			message: cycle.length === 1 ? `${nameOf(first)} leads into itself, so it can never come first` : `Units ${joinAnd(cycle.map((node) => `'${titleOf(node)}'`))} lead back into each other, so none of them can come first`,
			hint: cycle.length === 1 ? `Remove the connection from ${nameOf(first)} to itself` : `Remove one of the connections between them to give the units an order`
		});
	}
	return problems;
}
// renderer/pathway/useProblems.ts
/** Whether two versions of a pathway differ only in node positions (a drag), which validation ignores. */
function sameStructure(a, b) {
	if (a === b) return true;
	if (a.edges !== b.edges || a.nodes.length !== b.nodes.length) return false;
	for (let i = 0; i < a.nodes.length; i++) {
		const x = a.nodes[i];
		const y = b.nodes[i];
		if (x !== y && !samePositionless(x, y)) return false;
	}
	return true;
}
function samePositionless(x, y) {
	const keys = /* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)]);
	for (const key of keys) if (key !== "position" && x[key] !== y[key]) return false;
	return true;
}
/** The validator's output, recomputed only when the pathway's structure changes (not on every drag frame). */
function useProblems(pathway) {
	const last = (0, import_react.useRef)(void 0);
	return (0, import_react.useMemo)(() => {
		if (last.current && sameStructure(last.current.pathway, pathway)) last.current = {
			pathway,
			problems: last.current.problems
		};
		else last.current = {
			pathway,
			problems: validatePathway(pathway)
		};
		return last.current.problems;
	}, [pathway]);
}
// shared/pathway/describeRule.ts
/**
* The short rule text shown on a node in the pathway map: "3 of 5 · SQL required", "all 4",
* "10 points of 14". Repeated edges from the same input count once, as they do in evaluation.
*/
function describeRule(node, incomingEdges, titleOf) {
	const seen = /* @__PURE__ */ new Set();
	const inputs = incomingEdges.filter((edge) => !seen.has(edge.from) && seen.add(edge.from));
	if (inputs.length === 0) return "no inputs yet";
	const rule = ruleOf(node);
	let text;
	switch (rule.type) {
		case "all": return `all ${inputs.length}`;
		case "atLeast":
			text = `${rule.count} of ${inputs.length}`;
			break;
		case "points": {
			const total = inputs.reduce((sum, edge) => sum + pointsOf(edge), 0);
			text = `${formatPoints(rule.min)} ${rule.min === 1 ? "point" : "points"} of ${formatPoints(total)}`;
			break;
		}
		default: return assertNever(rule, "rule");
	}
	const required = inputs.filter((edge) => edge.required === true).map((edge) => titleOf(edge.from));
	if (required.length === 0) return text;
	const named = required.slice(0, 2).join(", ") + (required.length > 2 ? ` +${required.length - 2}` : "");
	return `${text} · ${named} required`;
}
// renderer/pathway/flow/flowModel.ts
var nodeCache = /* @__PURE__ */ new WeakMap();
var edgeCache = /* @__PURE__ */ new WeakMap();
/** Where React Flow's default handle CSS puts the 6 px handles: centred on the left and right sides. */
var HANDLE = 6;
function handlesOf(kind, size) {
	const y = size.height / 2 - HANDLE / 2;
	const target = {
		type: "target",
		position: Position.Left,
		x: -3,
		y,
		width: HANDLE,
		height: HANDLE,
		id: null
	};
	if (kind === "program") return [target];
	return [target, {
		type: "source",
		position: Position.Right,
		x: size.width - HANDLE / 2,
		y,
		width: HANDLE,
		height: HANDLE,
		id: null
	}];
}
/**
* `measured` holds the sizes React Flow reported: a controlled flow must hand them back on its nodes, or
* React Flow forgets a changed node's handle positions (and its edges vanish mid-drag).
*
* A node React Flow has not measured yet gets its CSS size (210 × 92, fixed in styles.css) and its
* handles up front, as for server-side rendering. Without them React Flow renders every unmeasured
* node once to measure it, visible or not: opening a 2,000-node pathway mounted 2,000 full nodes and
* 3,000 edges before `onlyRenderVisibleElements` could help. A node that does render is measured as
* usual, and a size that differs comes back through `measured`.
*/
function toFlowNodes(pathway, selected, evaluation, problems, measured) {
	const incoming = /* @__PURE__ */ new Map();
	for (const e of pathway.edges) {
		const list = incoming.get(e.to);
		if (list) list.push(e);
		else incoming.set(e.to, [e]);
	}
	const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
	const title = (id) => {
		const n = byId.get(id);
		return n ? titleOf(n) : id;
	};
	return pathway.nodes.map((node, index) => {
		const ruleText = isCredential(node.kind) ? describeRule(node, incoming.get(node.id) ?? [], title) : void 0;
		const state = evaluation?.nodes[node.id];
		const isSelected = selected.has(node.id);
		const problem = problems.get(node.id);
		const size = measured.get(node.id) ?? NODE_SIZE;
		const key = `${isSelected}|${ruleText}|${state?.state}|${state?.missingText}|${problem}|${size.width}|${size.height}`;
		const cached = nodeCache.get(node);
		if (cached && cached.key === key) return cached.item;
		const item = {
			id: node.id,
			type: "stack",
			position: node.position ?? {
				x: 0,
				y: index * 100
			},
			selected: isSelected,
			measured: size,
			handles: handlesOf(node.kind, size),
			data: {
				kind: node.kind,
				title: node.title,
				ruleText,
				state: state?.state,
				missingText: state?.missingText,
				problem
			}
		};
		nodeCache.set(node, {
			key,
			item
		});
		return item;
	});
}
function toFlowEdges(pathway, selected, evaluation) {
	return pathway.edges.map((edge) => {
		const id = edgeId(edge);
		const isSelected = selected.has(id);
		const active = evaluation?.nodes[edge.from]?.satisfied ?? false;
		const label = [edge.required ? "required" : "", edge.points !== void 0 ? `${edge.points} pts` : ""].filter(Boolean).join(" · ");
		const key = `${isSelected}|${active}|${label}`;
		const cached = edgeCache.get(edge);
		if (cached && cached.key === key) return cached.item;
		const item = {
			id,
			source: edge.from,
			target: edge.to,
			selected: isSelected,
			label: label || void 0,
			className: [edge.required ? "edge-required" : "", active ? "edge-active" : ""].join(" "),
			animated: active && evaluation !== void 0
		};
		edgeCache.set(edge, {
			key,
			item
		});
		return item;
	});
}
/** The worst problem of each node, for the flag on the node. */
function problemsByNode(problems) {
	const map = /* @__PURE__ */ new Map();
	for (const p of problems) {
		if (!p.nodeId) continue;
		if (p.severity === "error" || !map.has(p.nodeId)) map.set(p.nodeId, p.severity);
	}
	return map;
}
// renderer/pathway/flow/KindIcon.tsx
/** One small line icon per kind, drawn in currentColor (24×24 grid). */
var PATHS = {
	unit: "M4 5h7a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H4zM20 5h-7a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h7z",
	assessment: "M5 12l4 4 10-10M4 4h16v16H4z",
	evidence: "M14 3H6v18h12V7zM14 3v4h4M9 13h6M9 17h6",
	skill: "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z",
	badge: "M12 2l7 3v6c0 5-3.5 8.5-7 10-3.5-1.5-7-5-7-10V5z",
	certificate: "M4 4h16v12H4zM8 8h8M8 12h5M15 16v5l2-1.5 2 1.5v-5",
	program: "M2 9l10-5 10 5-10 5zM6 11v5c3 2.5 9 2.5 12 0v-5M22 9v6"
};
function KindIcon({ kind, size = 16 }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("svg", {
		width: size,
		height: size,
		viewBox: "0 0 24 24",
		fill: "none",
		stroke: "currentColor",
		strokeWidth: 2,
		strokeLinejoin: "round",
		strokeLinecap: "round",
		"aria-hidden": "true",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("path", { d: PATHS[kind] })
	});
}
// renderer/pathway/flow/renderCounts.ts
function countRender(id) {
	const counts = window.__laurelRenders ??= Object.create(null);
	counts[id] = (counts[id] ?? 0) + 1;
}
// renderer/pathway/flow/StackNode.tsx
/** Lets a node tick its activity in the simulation without a callback in its data (which would break memo). */
var SimulationContext = (0, import_react.createContext)(() => {});
var SIMPLE_BELOW = .3;
var isZoomedOut = (s) => s.transform[2] < SIMPLE_BELOW;
var STATE_LABEL = {
	completed: "Completed",
	available: "Available",
	locked: "Locked",
	earned: "Earned",
	"in-progress": "In progress"
};
function StackNodeView({ id, data, selected }) {
	countRender(id);
	const zoomedOut = useStore(isZoomedOut);
	const toggleCompleted = (0, import_react.useContext)(SimulationContext);
	const classes = [
		"stack-node",
		`kind-${data.kind}`,
		data.state ? `state-${data.state}` : "",
		selected ? "selected" : "",
		data.problem ? `has-${data.problem}` : ""
	].join(" ");
	const feeds = data.kind !== "program";
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: classes,
		"data-testid": `node-${id}`,
		title: data.missingText,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Handle, {
				type: "target",
				position: Position.Left
			}),
			zoomedOut ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", { className: "node-block" }) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "node-kind",
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)(KindIcon, { kind: data.kind }),
						" ",
						KIND_LABEL[data.kind],
						data.problem && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: `node-flag flag-${data.problem}`,
							"aria-label": data.problem === "error" ? "Has errors" : "Has warnings",
							children: "!"
						})
					]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
					className: "node-title",
					children: data.title || /* @__PURE__ */ (0, import_jsx_runtime.jsx)("em", { children: "Untitled" })
				}),
				data.ruleText && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
					className: "node-rule",
					children: data.ruleText
				}),
				data.state && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
					className: "node-state",
					children: isActivity(data.kind) ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
						className: "nodrag",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
								type: "checkbox",
								checked: data.state === "completed",
								onChange: () => toggleCompleted(id),
								"aria-label": `Completed: ${data.title}`
							}),
							" ",
							STATE_LABEL[data.state]
						]
					}) : STATE_LABEL[data.state]
				})
			] }),
			feeds && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Handle, {
				type: "source",
				position: Position.Right
			})
		]
	});
}
/** Defined once at module level, as React Flow asks, so node components are never remounted. */
var NODE_TYPES = { stack: (0, import_react.memo)(StackNodeView) };
// renderer/pathway/flow/PathwayCanvas.tsx
var PALETTE_MIME = "application/x-laurel-node-kind";
/** React Flow as a view of the editor store: its change events become commands; it never owns the document. */
function PathwayCanvas({ store }) {
	const pathway = useEditor(store, shownPathway);
	const selectedNodes = useEditor(store, (s) => s.selectedNodes);
	const selectedEdges = useEditor(store, (s) => s.selectedEdges);
	const simulating = useEditor(store, (s) => s.simulating);
	const completed = useEditor(store, (s) => s.completed);
	const readOnly = useEditor(store, (s) => s.preview !== void 0);
	const flow = useReactFlow();
	const measured = (0, import_react.useRef)(/* @__PURE__ */ new Map());
	const [measureVersion, setMeasureVersion] = (0, import_react.useState)(0);
	const evaluation = (0, import_react.useMemo)(() => simulating ? evaluatePathway(pathway, completed) : void 0, [
		simulating,
		pathway,
		completed
	]);
	const validation = useProblems(pathway);
	const problems = (0, import_react.useMemo)(() => problemsByNode(validation), [validation]);
	const nodes = (0, import_react.useMemo)(() => toFlowNodes(pathway, selectedNodes, evaluation, problems, measured.current), [
		pathway,
		selectedNodes,
		evaluation,
		problems,
		measureVersion
	]);
	const edges = (0, import_react.useMemo)(() => toFlowEdges(pathway, selectedEdges, evaluation), [
		pathway,
		selectedEdges,
		evaluation
	]);
	const onNodesChange = (0, import_react.useCallback)((changes) => {
		const positions = /* @__PURE__ */ new Map();
		let selection;
		let remeasured = false;
		for (const change of changes) if (change.type === "position" && change.position) positions.set(change.id, change.position);
		else if (change.type === "select") {
			selection ??= new Set(store.getState().selectedNodes);
			if (change.selected) selection.add(change.id);
			else selection.delete(change.id);
		} else if (change.type === "dimensions" && change.dimensions) {
			const old = measured.current.get(change.id);
			if (old?.width !== change.dimensions.width || old?.height !== change.dimensions.height) {
				measured.current.set(change.id, change.dimensions);
				remeasured = true;
			}
		}
		if (positions.size) store.updateGesture((p) => moveNodes(p, positions));
		if (selection) store.select(selection, store.getState().selectedEdges);
		if (remeasured) setMeasureVersion((v) => v + 1);
	}, [store]);
	const onEdgesChange = (0, import_react.useCallback)((changes) => {
		let selection;
		for (const change of changes) {
			if (change.type !== "select") continue;
			selection ??= new Set(store.getState().selectedEdges);
			if (change.selected) selection.add(change.id);
			else selection.delete(change.id);
		}
		if (selection) store.select(store.getState().selectedNodes, selection);
	}, [store]);
	const isValidConnection = (0, import_react.useCallback)((c) => !connectionRefusal(store.getState().pathway, c.source, c.target), [store]);
	const onConnect = (0, import_react.useCallback)((c) => store.run("Connect", (p) => connect(p, c.source, c.target)), [store]);
	const onConnectEnd = (0, import_react.useCallback)((_event, state) => {
		if (!state.isValid && state.fromNode && state.toNode && state.fromNode.id !== state.toNode.id) {
			const [from, to] = state.fromHandle?.type === "target" ? [state.toNode.id, state.fromNode.id] : [state.fromNode.id, state.toNode.id];
			const reason = connectionRefusal(store.getState().pathway, from, to);
			if (reason) notify("error", `Connection refused: ${reason}`);
		}
	}, [store]);
	const onDrop = (0, import_react.useCallback)((event) => {
		const kind = event.dataTransfer.getData(PALETTE_MIME);
		if (!NODE_KINDS.includes(kind)) return;
		event.preventDefault();
		addNodeAt(store, kind, flow.screenToFlowPosition({
			x: event.clientX,
			y: event.clientY
		}));
	}, [store, flow]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimulationContext.Provider, {
		value: store.toggleCompleted.bind(store),
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
			className: "pathway-canvas",
			onDragOver: (e) => e.dataTransfer.types.includes("application/x-laurel-node-kind") && e.preventDefault(),
			onDrop,
			children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(index, {
				nodes,
				edges,
				nodeTypes: NODE_TYPES,
				onNodesChange,
				onEdgesChange,
				onNodeDragStart: () => store.beginGesture(),
				onNodeDragStop: () => store.endGesture("Move"),
				onSelectionDragStart: () => store.beginGesture(),
				onSelectionDragStop: () => store.endGesture("Move"),
				onConnect,
				onConnectEnd,
				isValidConnection,
				nodesDraggable: !readOnly,
				nodesConnectable: !readOnly,
				deleteKeyCode: null,
				selectionKeyCode: "Shift",
				multiSelectionKeyCode: [
					"Shift",
					"Meta",
					"Control"
				],
				onlyRenderVisibleElements: true,
				minZoom: .05,
				maxZoom: 2,
				fitView: true,
				proOptions: { hideAttribution: true },
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Background, { gap: 20 }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Controls, { showInteractive: false }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(MiniMap, {
						pannable: true,
						zoomable: true,
						nodeClassName: (n) => `minimap-${n.data.kind}`
					})
				]
			})
		})
	});
}
// renderer/pathway/Palette.tsx
/** The seven kinds: click to add at the centre of the view, or drag onto the canvas. */
function Palette({ ctx, disabled }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("nav", {
		className: "palette",
		"aria-label": "Palette",
		children: NODE_KINDS.map((kind) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
			className: `palette-item kind-${kind}`,
			disabled,
			draggable: !disabled,
			onDragStart: (e) => {
				e.dataTransfer.setData(PALETTE_MIME, kind);
				e.dataTransfer.effectAllowed = "copy";
			},
			onClick: () => runCommand(`add-${kind}`, ctx),
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(KindIcon, { kind }),
				" ",
				PALETTE_LABEL[kind]
			]
		}, kind))
	});
}
// renderer/pathway/panels/HistoryPanel.tsx
var when = (iso) => new Date(iso).toLocaleString(void 0, {
	dateStyle: "short",
	timeStyle: "medium"
});
/** The design's saved revisions: preview one read-only, or restore it (restoring is a new revision). */
function HistoryPanel({ id, refreshKey, previewing, onPreview, onRestore }) {
	const [revisions, setRevisions] = (0, import_react.useState)([]);
	(0, import_react.useEffect)(() => void attempt(async () => setRevisions(unwrap(await api.listRevisions({ id })))), [id, refreshKey]);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-label": "History",
		className: "side-panel history-panel",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", { children: "History" }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ol", { children: revisions.map((r, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
			className: previewing === r.revision ? "previewing" : "",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("strong", { children: ["Revision ", r.revision] }),
					" ",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: "muted",
						children: when(r.savedAt)
					})
				] }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", {
					className: "revision-summary",
					children: r.summary
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
					className: "row-actions",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						onClick: () => onPreview(r.revision),
						"aria-label": `Preview revision ${r.revision}`,
						children: "Preview"
					}), i > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						onClick: () => onRestore(r.revision),
						"aria-label": `Restore revision ${r.revision}`,
						children: "Restore"
					})]
				})
			]
		}, r.revision)) })]
	});
}
// renderer/pathway/panels/ProblemsPanel.tsx
/** The validator's live output; clicking a problem selects and reveals what it is about. */
function ProblemsPanel({ problems, onReveal }) {
	const errors = problems.filter((p) => p.severity === "error").length;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-label": "Problems",
		className: "side-panel problems-panel",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h2", { children: ["Problems ", /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
			className: "count",
			children: [
				errors,
				" errors · ",
				problems.length - errors,
				" warnings"
			]
		})] }), problems.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "empty",
			children: "No problems: this pathway is complete and consistent."
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", { children: problems.map((p, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
			className: `problem problem-${p.severity}`,
			onClick: () => onReveal(p),
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "problem-severity",
					children: p.severity === "error" ? "Error" : "Warning"
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "problem-message",
					children: p.message
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "problem-hint",
					children: p.hint
				})
			]
		}) }, `${p.code}-${p.nodeId ?? p.edgeId ?? ""}-${i}`)) })]
	});
}
// renderer/pathway/panels/fields.tsx
/**
* Inputs that commit when the person is done (blur or Enter), so one field edit is one undo step, not
* one per keystroke. They follow outside changes (undo, another selection) when not being edited.
*/
function TextField({ label, value, onCommit, multiline, placeholder }) {
	const [draft, setDraft] = (0, import_react.useState)(value);
	(0, import_react.useEffect)(() => setDraft(value), [value]);
	const commit = () => draft !== value && onCommit(draft);
	const common = {
		value: draft,
		placeholder,
		onChange: (e) => setDraft(e.target.value),
		onBlur: commit
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
		className: "field",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: label }), multiline ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("textarea", {
			...common,
			rows: 3
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
			...common,
			onKeyDown: (e) => e.key === "Enter" && e.currentTarget.blur()
		})]
	});
}
function NumberField({ label, value, onCommit, min = 0, step = 1 }) {
	const [draft, setDraft] = (0, import_react.useState)(value === void 0 ? "" : String(value));
	(0, import_react.useEffect)(() => setDraft(value === void 0 ? "" : String(value)), [value]);
	const commit = () => {
		const next = draft.trim() === "" ? void 0 : Number(draft);
		if (next !== void 0 && (!Number.isFinite(next) || next < min)) return setDraft(value === void 0 ? "" : String(value));
		if (next !== value) onCommit(next);
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
		className: "field",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: label }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
			type: "number",
			min,
			step,
			value: draft,
			onChange: (e) => setDraft(e.target.value),
			onBlur: commit,
			onKeyDown: (e) => e.key === "Enter" && e.currentTarget.blur()
		})]
	});
}
function SelectField({ label, value, options, onChange }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
		className: "field",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: label }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("select", {
			value,
			onChange: (e) => onChange(e.target.value),
			children: options.map((o) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("option", {
				value: o.value,
				children: o.label
			}, o.value))
		})]
	});
}
// renderer/pathway/panels/RuleEditor.tsx
var RULE_OPTIONS = [
	{
		value: "all",
		label: "All inputs"
	},
	{
		value: "atLeast",
		label: "At least n inputs"
	},
	{
		value: "points",
		label: "Points (minimum)"
	}
];
/** The node's rule over its incoming edges, and each edge's `required` and `points`. */
function RuleEditor({ store, pathway, node }) {
	const rule = ruleOf(node);
	const incoming = pathway.edges.filter((e) => e.to === node.id);
	const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
	const change = (next) => store.run("Set rule", (p) => setRule(p, node.id, next));
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", {
		className: "rule-editor",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: "Stacking rule" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SelectField, {
				label: "Rule",
				value: rule.type,
				options: RULE_OPTIONS,
				onChange: (type) => change(type === "atLeast" ? {
					type,
					count: Math.max(1, Math.min(incoming.length, 1))
				} : type === "points" ? {
					type,
					min: incoming.length
				} : { type: "all" })
			}),
			rule.type === "atLeast" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NumberField, {
				label: "Count",
				min: 1,
				value: rule.count,
				onCommit: (count) => count && change({
					type: "atLeast",
					count
				})
			}),
			rule.type === "points" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NumberField, {
				label: "Minimum points",
				min: 0,
				value: rule.min,
				onCommit: (min) => min !== void 0 && change({
					type: "points",
					min
				})
			}),
			incoming.length === 0 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "empty",
				children: "Nothing leads into this node yet: connect inputs from the left."
			}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("table", {
				className: "inputs-table",
				children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("thead", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", { children: "Input" }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", { children: "Required" }),
					rule.type === "points" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("th", { children: "Points" })
				] }) }), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("tbody", { children: incoming.map((e) => {
					const title = byId.get(e.from) ? titleOf(byId.get(e.from)) : e.from;
					const id = edgeId(e);
					return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("tr", { children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: title }),
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
							type: "checkbox",
							"aria-label": `Required: ${title}`,
							checked: e.required ?? false,
							onChange: (ev) => store.run("Set required", (p) => updateEdge(p, id, { required: ev.target.checked }))
						}) }),
						rule.type === "points" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("td", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NumberField, {
							label: `Points: ${title}`,
							value: e.points ?? 1,
							onCommit: (points) => store.run("Set points", (p) => updateEdge(p, id, { points: points ?? 1 }))
						}) })
					] }, id);
				}) })]
			})
		]
	});
}
// shared/skills/framework.ts
/**
* A skill framework kept in the workspace (ESCO, O*NET, a CASE package, one's own list). Each item has the
* shape of a skill's alignment, so an item picked from a search is attached to a skill node as it is.
*/
var FrameworkItemSchema = AlignmentSchema;
var FRAMEWORK_SOURCES = ["csv", "case"];
var MAX_FRAMEWORK_ITEMS = 1e5;
/** The largest file an import accepts, in characters. */
var MAX_FRAMEWORK_TEXT = 20971520;
object({
	schemaVersion: literal(1),
	name: string().max(300),
	source: _enum(FRAMEWORK_SOURCES),
	items: array(FrameworkItemSchema).max(MAX_FRAMEWORK_ITEMS)
}).strict();
// shared/skills/frameworkFormat.ts
/**
* Which importer reads a file: by its extension, else by its first character (a CASE package is a JSON
* object; anything else is taken for CSV, whose parser then says what is wrong).
*/
function frameworkFormatOf(fileName, text) {
	const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
	if (extension === "csv") return "csv";
	if (extension === "json") return "case";
	return /^\uFEFF?\s*\{/.test(text) ? "case" : "csv";
}
// renderer/pathway/panels/FrameworkImport.tsx
var importListeners = /* @__PURE__ */ new Set();
function onFrameworkImported(listener) {
	importListeners.add(listener);
	return () => importListeners.delete(listener);
}
var megabytes = (n) => `${(n / 1048576).toFixed(1)} MB`;
/** Adds a skill framework to the workspace from a CSV file or a CASE package (JSON). */
function FrameworkImport({ onImported }) {
	const input = (0, import_react.useRef)(null);
	const [busy, setBusy] = (0, import_react.useState)(false);
	const importFile = async (file) => {
		if (file.size > 20971520) {
			notify("error", `“${file.name}” is ${megabytes(file.size)}; a framework file can be at most ${megabytes(MAX_FRAMEWORK_TEXT)}.`);
			return;
		}
		setBusy(true);
		try {
			const text = await file.text();
			const result = await api.importFramework({
				format: frameworkFormatOf(file.name, text),
				text
			});
			if (!result.ok) {
				notify("error", `“${file.name}” was not imported. ${result.error.message}`);
				return;
			}
			const { count, name } = result.value;
			notify("info", `Imported ${count.toLocaleString()} ${count === 1 ? "skill" : "skills"} as “${name}”.`);
			importListeners.forEach((listener) => listener(result.value));
			onImported?.(result.value);
		} catch (error) {
			notify("error", `“${file.name}” could not be read: ${error.message}`);
		} finally {
			setBusy(false);
		}
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "framework-import",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			type: "button",
			onClick: () => input.current?.click(),
			disabled: busy,
			"aria-busy": busy,
			children: "Import framework"
		}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
			ref: input,
			type: "file",
			accept: ".csv,.json,text/csv,application/json",
			"aria-label": "Framework file",
			hidden: true,
			onChange: (e) => {
				const file = e.target.files?.[0];
				e.target.value = "";
				if (file) importFile(file);
			}
		})]
	});
}
// renderer/pathway/panels/SkillSearch.tsx
/** Long enough to let a word be typed, short enough to feel live. */
var DEBOUNCE_MS$1 = 200;
var LIMIT = 50;
/** A search hit as the alignment it becomes: which workspace document it came from stays behind. */
function alignmentOf({ frameworkId: _id, frameworkName: _name, ...alignment }) {
	return alignment;
}
/** Finds skills in the workspace's frameworks as the person types; picking one aligns the skill to it. */
function SkillSearch({ onPick }) {
	const [query, setQuery] = (0, import_react.useState)("");
	const [answer, setAnswer] = (0, import_react.useState)();
	const [imports, setImports] = (0, import_react.useState)(0);
	(0, import_react.useEffect)(() => onFrameworkImported(() => setImports((n) => n + 1)), []);
	const needle = query.trim();
	(0, import_react.useEffect)(() => {
		if (!needle) return;
		let current = true;
		const timer = setTimeout(() => {
			api.searchSkills({
				query: needle,
				limit: LIMIT
			}).then(unwrap).then(({ items }) => current && setAnswer({
				query: needle,
				hits: items
			}), (error) => current && setAnswer({
				query: needle,
				error: error.message
			}));
		}, DEBOUNCE_MS$1);
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [needle, imports]);
	const shown = needle && answer?.query === needle ? answer : void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "skill-search",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
				type: "search",
				"aria-label": "Search skill frameworks",
				placeholder: "Search skill frameworks",
				maxLength: 300,
				value: query,
				onChange: (e) => setQuery(e.target.value),
				onKeyDown: (e) => e.key === "Escape" && setQuery("")
			}),
			needle && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: "skill-search-status muted",
				role: "status",
				children: !shown ? "Searching…" : "error" in shown ? shown.error : shown.hits.length === 0 ? `No skill in this workspace’s frameworks matches “${needle}”.` : shown.hits.length === LIMIT ? `The first ${LIMIT} matches; type more to narrow them.` : `${shown.hits.length} ${shown.hits.length === 1 ? "match" : "matches"}`
			}),
			shown && "hits" in shown && shown.hits.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "skill-search-results",
				children: shown.hits.map((hit, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("button", {
					type: "button",
					className: "skill-search-hit",
					"aria-label": `Align to ${hit.name}`,
					title: hit.description,
					onClick: () => onPick(alignmentOf(hit)),
					children: [
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "skill-search-name",
							children: hit.name
						}),
						" ",
						/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
							className: "skill-search-source muted",
							children: [hit.code, hit.framework].filter(Boolean).join(" · ")
						})
					]
				}) }, `${hit.frameworkId}:${i}`))
			})
		]
	});
}
// renderer/pathway/panels/PropertiesPanel.tsx
var UNIT_FORMATS = [
	"lesson",
	"exercise",
	"simulation",
	"demonstration",
	"video",
	"reading",
	"workshop"
];
var ASSESSMENT_METHODS = [
	"quiz",
	"short task",
	"performance proof",
	"peer review",
	"observation",
	"oral check"
];
var EVIDENCE_TYPES = [
	"work sample",
	"screenshot",
	"recording",
	"log",
	"document",
	"link"
];
var options = (values) => [{
	value: "",
	label: "—"
}, ...values.map((v) => ({
	value: v,
	label: v
}))];
/** Everything about the selection: one node (by kind), one edge, or the pathway itself. */
function PropertiesPanel({ store, pathway, selectedNodes, selectedEdges }) {
	const node = selectedNodes.size === 1 ? pathway.nodes.find((n) => selectedNodes.has(n.id)) : void 0;
	const edge = selectedNodes.size === 0 && selectedEdges.size === 1 ? pathway.edges.find((e) => selectedEdges.has(edgeId(e))) : void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-label": "Properties",
		className: "side-panel properties-panel",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h2", { children: "Properties" }), node ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(NodeProperties, {
			store,
			pathway,
			node
		}, node.id) : edge ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "field-group",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", { children: [
					titleOf(pathway.nodes.find((n) => n.id === edge.from) ?? {
						id: edge.from,
						kind: "unit",
						title: edge.from
					}),
					" → ",
					titleOf(pathway.nodes.find((n) => n.id === edge.to) ?? {
						id: edge.to,
						kind: "unit",
						title: edge.to
					})
				] }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
					className: "field-inline",
					children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "checkbox",
						checked: edge.required ?? false,
						onChange: (e) => store.run("Set required", (p) => updateEdge(p, edgeId(edge), { required: e.target.checked }))
					}), " Required"]
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NumberField, {
					label: "Points",
					value: edge.points ?? 1,
					onCommit: (points) => store.run("Set points", (p) => updateEdge(p, edgeId(edge), { points: points ?? 1 }))
				})
			]
		}) : selectedNodes.size > 1 ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
			className: "empty",
			children: [selectedNodes.size, " nodes selected."]
		}) : /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
			className: "field-group",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextField, {
					label: "Pathway name",
					value: pathway.name,
					onCommit: (name) => name.trim() && store.run("Rename pathway", (p) => ({
						...p,
						name: name.trim()
					}))
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextField, {
					label: "Pathway description",
					multiline: true,
					value: pathway.description ?? "",
					onCommit: (description) => store.run("Edit description", (p) => ({
						...p,
						description
					}))
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("p", {
					className: "muted",
					children: [
						pathway.nodes.length,
						" nodes · ",
						pathway.edges.length,
						" connections"
					]
				})
			]
		})]
	});
}
function NodeProperties({ store, pathway, node }) {
	const edit = (label, patch) => store.run(label, (p) => updateNode(p, node.id, patch));
	const credential = node.credential ?? {};
	const editCredential = (patch) => {
		const next = {
			...credential,
			...patch
		};
		for (const [k, v] of Object.entries(next)) if (v === "" || v === void 0) delete next[k];
		edit("Edit credential", { credential: next });
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "field-group",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
				className: `kind-tag kind-${node.kind}`,
				children: KIND_LABEL[node.kind]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextField, {
				label: "Title",
				value: node.title,
				onCommit: (title) => edit("Edit title", { title })
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextField, {
				label: "Description",
				multiline: true,
				value: node.description ?? "",
				onCommit: (description) => edit("Edit description", { description: description || void 0 })
			}),
			node.kind === "unit" && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)(import_jsx_runtime.Fragment, { children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NumberField, {
				label: "Duration (minutes)",
				value: node.durationMinutes,
				onCommit: (durationMinutes) => edit("Edit duration", { durationMinutes })
			}), /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SelectField, {
				label: "Format",
				value: node.format ?? "",
				options: options(UNIT_FORMATS),
				onChange: (format) => edit("Edit format", { format: format || void 0 })
			})] }),
			node.kind === "assessment" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SelectField, {
				label: "Method",
				value: node.method ?? "",
				options: options(ASSESSMENT_METHODS),
				onChange: (method) => edit("Edit method", { method: method || void 0 })
			}),
			node.kind === "evidence" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SelectField, {
				label: "Evidence type",
				value: node.evidenceType ?? "",
				options: options(EVIDENCE_TYPES),
				onChange: (evidenceType) => edit("Edit evidence type", { evidenceType: evidenceType || void 0 })
			}),
			node.kind === "skill" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Alignments, {
				alignments: node.alignments ?? [],
				onChange: (alignments) => edit("Edit alignments", { alignments })
			}),
			isCredential(node.kind) && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: "Credential" }),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextField, {
					label: "Credential name",
					value: credential.name ?? "",
					onCommit: (name) => editCredential({ name })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextField, {
					label: "Credential description",
					multiline: true,
					value: credential.description ?? "",
					onCommit: (description) => editCredential({ description })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TextField, {
					label: "Criteria",
					multiline: true,
					value: credential.criteria ?? "",
					onCommit: (criteria) => editCredential({ criteria })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SelectField, {
					label: "Achievement type",
					value: credential.achievementType ?? "",
					options: [{
						value: "",
						label: "—"
					}, ...ACHIEVEMENT_TYPES.map((t) => ({
						value: t,
						label: t
					}))],
					onChange: (achievementType) => editCredential({ achievementType })
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)(TemplatePicker, {
					value: credential.templateId ?? "",
					onChange: (templateId) => editCredential({ templateId })
				})
			] }),
			TIER[node.kind] >= 1 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(RuleEditor, {
				store,
				pathway,
				node
			})
		]
	});
}
function TemplatePicker({ value, onChange }) {
	const [templates, setTemplates] = (0, import_react.useState)([]);
	(0, import_react.useEffect)(() => void attempt(async () => setTemplates(unwrap(await api.listDesigns({})).designs.filter((d) => d.kind === "template"))), []);
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SelectField, {
		label: "Template",
		value,
		options: [{
			value: "",
			label: "—"
		}, ...templates.map((t) => ({
			value: t.id,
			label: t.name
		}))],
		onChange
	});
}
function Alignments({ alignments, onChange }) {
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("fieldset", { children: [
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)("legend", { children: "Skill alignments" }),
		alignments.length === 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			className: "empty",
			children: "Not aligned to any framework yet."
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			className: "alignments",
			children: alignments.map((a, i) => /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", { children: [
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: a.name }),
				" ",
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
					className: "muted",
					children: [a.framework, a.code].filter(Boolean).join(" · ")
				}),
				/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
					"aria-label": `Remove alignment ${a.name}`,
					onClick: () => onChange(alignments.filter((_, j) => j !== i)),
					children: "Remove"
				})
			] }, `${a.framework}-${a.code}-${a.name}-${i}`))
		}),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(SkillSearch, { onPick: (a) => onChange([...alignments, a]) }),
		/* @__PURE__ */ (0, import_jsx_runtime.jsx)(FrameworkImport, {})
	] });
}
// renderer/pathway/panels/SimulationPanel.tsx
var STATE_TEXT = {
	completed: "completed",
	available: "available",
	locked: "locked",
	earned: "earned",
	"in-progress": "in progress"
};
/** The learner simulation: tick activities, see every credential's state and what it still needs. */
function SimulationPanel({ pathway, evaluation, completed, onToggle, onReset }) {
	const activities = pathway.nodes.filter((n) => isActivity(n.kind));
	const credentials = pathway.nodes.filter((n) => isCredential(n.kind) || n.kind === "skill");
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("section", {
		"aria-label": "Simulation",
		className: "side-panel simulation-panel",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("h2", { children: ["Simulate learner ", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
				onClick: onReset,
				children: "Reset"
			})] }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: "Activities" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "activity-list",
				children: activities.map((n) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", { children: /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", { children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
						type: "checkbox",
						checked: completed.has(n.id),
						onChange: () => onToggle(n.id)
					}),
					" ",
					titleOf(n),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "muted",
						children: [
							" · ",
							KIND_LABEL[n.kind],
							" · ",
							STATE_TEXT[evaluation.nodes[n.id]?.state ?? "locked"]
						]
					})
				] }) }, n.id))
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h3", { children: "Skills and credentials" }),
			/* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
				className: "credential-states",
				"aria-label": "Credential states",
				children: credentials.map((n) => {
					const e = evaluation.nodes[n.id];
					return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("li", {
						className: `state-${e?.state}`,
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("strong", { children: titleOf(n) }),
							" ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "muted",
								children: KIND_LABEL[n.kind]
							}),
							" — ",
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
								className: "state-word",
								children: STATE_TEXT[e?.state ?? "locked"]
							}),
							e?.missingText && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
								className: "missing",
								children: ["Needs ", e.missingText]
							})
						]
					}, n.id);
				})
			})
		]
	});
}
// renderer/pathway/NodeSearch.tsx
/** Finds nodes by title; Enter (or picking a match) selects and reveals it. */
function NodeSearch({ pathway, onFound }) {
	const [query, setQuery] = (0, import_react.useState)("");
	const needle = query.trim().toLowerCase();
	const matches = needle ? pathway.nodes.filter((n) => n.title.toLowerCase().includes(needle)).slice(0, 8) : [];
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
		className: "node-search",
		children: [/* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
			type: "search",
			"aria-label": "Search nodes",
			placeholder: "Search nodes",
			value: query,
			onChange: (e) => setQuery(e.target.value),
			onKeyDown: (e) => e.key === "Enter" && matches[0] && onFound(matches[0].id)
		}), matches.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime.jsx)("ul", {
			className: "search-results",
			role: "listbox",
			"aria-label": "Matching nodes",
			children: matches.map((n) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("li", {
				role: "option",
				"aria-selected": false,
				onMouseDown: (e) => (e.preventDefault(), onFound(n.id), setQuery("")),
				children: n.title
			}, n.id))
		})]
	});
}
// renderer/pathway/testApi.ts
function exposeTestApi(store, ctx) {
	window.__laurelPathway = {
		pathway: () => store.getState().pathway,
		selection: () => [...store.getState().selectedNodes],
		canUndo: () => store.canUndo,
		fitView: () => ctx.flow.fitView()
	};
	return () => {
		delete window.__laurelPathway;
	};
}
// renderer/pathway/useAutosave.ts
var DEBOUNCE_MS = 600;
/**
* Saves the document a moment after each committed change (never during a drag), as one revision whose
* summary names the commands since the last save. Pending work is flushed when the editor closes.
*/
function useAutosave(store, id, onSaved) {
	const [status, setStatus] = (0, import_react.useState)({ state: "saved" });
	(0, import_react.useEffect)(() => {
		let timer;
		let labels = [];
		let inFlight = Promise.resolve();
		const save = () => {
			timer = void 0;
			if (labels.length === 0) return;
			const summary = [...new Set(labels)].join(", ").slice(0, 480);
			labels = [];
			const { schemaVersion: _ignored, ...pathway } = store.getState().pathway;
			setStatus({ state: "saving" });
			inFlight = inFlight.then(async () => {
				const result = await api.saveDesign({
					id,
					body: {
						schemaVersion: 1,
						...pathway
					},
					summary
				});
				if (result.ok) {
					setStatus(labels.length ? { state: "unsaved" } : { state: "saved" });
					onSaved?.();
				} else setStatus({
					state: "error",
					message: result.error.message
				});
			});
		};
		const off = store.onDocumentChange((label) => {
			labels.push(label);
			setStatus({ state: "unsaved" });
			clearTimeout(timer);
			timer = setTimeout(save, DEBOUNCE_MS);
		});
		const flush = () => {
			if (timer) {
				clearTimeout(timer);
				save();
			}
		};
		window.addEventListener("beforeunload", flush);
		return () => {
			off();
			window.removeEventListener("beforeunload", flush);
			flush();
		};
	}, [
		store,
		id,
		onSaved
	]);
	return status;
}
// renderer/pathway/PathwayEditor.tsx
/** Loads a pathway and opens the editor on it. */
function PathwayEditor({ id, focusNodeId }) {
	const [store, setStore] = (0, import_react.useState)();
	(0, import_react.useEffect)(() => {
		let live = true;
		attempt(async () => {
			const { schemaVersion: _v, ...pathway } = unwrap(await api.getDesign({ id })).body;
			if (live) setStore(new PathwayEditorStore(pathway));
		});
		return () => {
			live = false;
		};
	}, [id]);
	if (!store) return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("main", {
		className: "editor-loading",
		children: "Opening pathway…"
	});
	return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ReactFlowProvider, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Editor, {
		id,
		store,
		focusNodeId
	}, id) });
}
function Editor({ id, store, focusNodeId }) {
	const flow = useReactFlow();
	const ctx = (0, import_react.useMemo)(() => ({
		store,
		flow
	}), [store, flow]);
	const [historyKey, setHistoryKey] = (0, import_react.useState)(0);
	const status = useAutosave(store, id, (0, import_react.useCallback)(() => setHistoryKey((k) => k + 1), []));
	const pathway = useEditor(store, shownPathway);
	const state = useEditor(store, (s) => s);
	const problems = useProblems(pathway);
	const [tab, setTab] = (0, import_react.useState)("properties");
	const evaluation = (0, import_react.useMemo)(() => state.simulating ? evaluatePathway(pathway, state.completed) : void 0, [
		state.simulating,
		pathway,
		state.completed
	]);
	(0, import_react.useEffect)(() => exposeTestApi(store, ctx), [store, ctx]);
	(0, import_react.useEffect)(() => {
		if (!focusNodeId) return;
		store.select([focusNodeId]);
		const t = setTimeout(() => reveal(ctx, focusNodeId), 300);
		return () => clearTimeout(t);
	}, [
		focusNodeId,
		store,
		ctx
	]);
	(0, import_react.useEffect)(() => {
		const onKey = (e) => {
			if (e.target.closest("input, textarea, select, [contenteditable=\"true\"]")) return;
			const command = COMMANDS.find((c) => c.keys?.(e));
			if (!command) return;
			e.preventDefault();
			runCommand(command.id, ctx);
		};
		window.addEventListener("keydown", onKey);
		const offUndo = window.laurelShell?.onEvent("undo", () => runCommand("undo", ctx));
		const offRedo = window.laurelShell?.onEvent("redo", () => runCommand("redo", ctx));
		return () => {
			window.removeEventListener("keydown", onKey);
			offUndo?.();
			offRedo?.();
		};
	}, [ctx]);
	const revealProblem = (p) => {
		const target = p.nodeId ?? p.nodeIds?.[0];
		if (target) {
			store.select(p.nodeIds ?? [target]);
			reveal(ctx, target);
		} else if (p.edgeId) store.select([], [p.edgeId]);
		setTab("properties");
	};
	const exportMap = async (format) => {
		const svg = pathwayMapSvg(store.getState().pathway);
		download(`${slug(pathway.name)}-map.${format}`, format === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await svgToPng(svg, 2));
	};
	const exportJson = async () => {
		const { json, fileName } = unwrap(await api.exportPathway({ id }));
		download(fileName, new Blob([json], { type: "application/json" }));
	};
	const importJson = async (file) => {
		const result = await api.importPathway({ json: await file.text() });
		if (!result.ok) {
			const where = result.error.issues?.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join("; ");
			notify("error", `“${file.name}” was not imported. ${result.error.message}${where && !result.error.message.includes(where) ? ` (${where})` : ""}`);
			return;
		}
		notify("info", `Imported “${result.value.name}”.`);
		navigate({
			screen: "pathway",
			id: result.value.id
		});
	};
	const preview = async (revision) => {
		const { schemaVersion: _v, ...old } = unwrap(await api.getRevision({
			id,
			revision
		})).body;
		store.setPreview({
			revision,
			pathway: old
		});
	};
	const restore = async (revision) => {
		unwrap(await api.restoreRevision({
			id,
			revision
		}));
		const { schemaVersion: _v, ...restored } = unwrap(await api.getDesign({ id })).body;
		store.replaceDocument(restored);
		setHistoryKey((k) => k + 1);
		notify("info", `Restored revision ${revision}.`);
	};
	const errors = problems.filter((p) => p.severity === "error").length;
	const button = (commandId, extra) => {
		const c = COMMANDS.find((x) => x.id === commandId);
		return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
			onClick: () => runCommand(c.id, ctx),
			disabled: c.enabled ? !c.enabled(ctx) : false,
			title: c.shortcut ? `${c.label} (${c.shortcut})` : c.label,
			children: extra?.label ?? c.label
		});
	};
	return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("main", {
		className: "pathway-editor",
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("header", {
				className: "editor-toolbar",
				role: "toolbar",
				"aria-label": "Pathway tools",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						onClick: () => navigate({ screen: "library" }),
						children: "← Library"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("h1", {
						className: "editor-title",
						children: pathway.name
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", {
						className: `save-status save-${status.state}`,
						role: "status",
						children: saveStatusText(status)
					}),
					button("undo"),
					button("redo"),
					button("auto-layout"),
					button("fit-view"),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						"aria-pressed": state.simulating,
						onClick: () => (store.setSimulating(!state.simulating), setTab(state.simulating ? "properties" : "simulation")),
						children: state.simulating ? "Stop simulation" : "Simulate learner"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(NodeSearch, {
						pathway,
						onFound: (nodeId) => (store.select([nodeId]), reveal(ctx, nodeId))
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("span", {
						className: "toolbar-group",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								onClick: () => void attempt(() => exportMap("png")),
								children: "Export PNG"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								onClick: () => void attempt(() => exportMap("svg")),
								children: "Export SVG"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
								onClick: () => void attempt(exportJson),
								children: "Export JSON"
							}),
							/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", {
								className: "button-like",
								children: ["Import JSON", /* @__PURE__ */ (0, import_jsx_runtime.jsx)("input", {
									type: "file",
									accept: ".json,application/json",
									hidden: true,
									onChange: (e) => e.target.files?.[0] && void attempt(() => importJson(e.target.files[0]))
								})]
							})
						]
					})
				]
			}),
			state.preview && /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "preview-banner",
				role: "status",
				children: [
					"Previewing revision ",
					state.preview.revision,
					" (read-only).",
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						onClick: () => void attempt(() => restore(state.preview.revision)),
						children: "Restore this revision"
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
						onClick: () => store.setPreview(void 0),
						children: "Close preview"
					})
				]
			}),
			/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", {
				className: "editor-body",
				children: [
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(Palette, {
						ctx,
						disabled: store.readOnly
					}),
					/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PathwayCanvas, { store }),
					/* @__PURE__ */ (0, import_jsx_runtime.jsxs)("aside", {
						className: "editor-side",
						children: [
							/* @__PURE__ */ (0, import_jsx_runtime.jsx)("nav", {
								className: "side-tabs",
								role: "tablist",
								children: [
									"properties",
									"problems",
									"simulation",
									"history"
								].map((t) => /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", {
									role: "tab",
									"aria-selected": tab === t,
									onClick: () => setTab(t),
									children: t === "problems" ? `Problems (${errors ? `${errors} errors` : problems.length})` : t[0].toUpperCase() + t.slice(1)
								}, t))
							}),
							tab === "properties" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(PropertiesPanel, {
								store,
								pathway,
								selectedNodes: state.selectedNodes,
								selectedEdges: state.selectedEdges
							}),
							tab === "problems" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(ProblemsPanel, {
								problems,
								onReveal: revealProblem
							}),
							tab === "simulation" && (evaluation ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)(SimulationPanel, {
								pathway,
								evaluation,
								completed: state.completed,
								onToggle: (nid) => store.toggleCompleted(nid),
								onReset: () => (store.setSimulating(false), store.setSimulating(true))
							}) : /* @__PURE__ */ (0, import_jsx_runtime.jsx)("section", {
								"aria-label": "Simulation",
								className: "side-panel",
								children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
									className: "empty",
									children: "Press “Simulate learner” to tick activities and watch credentials unlock."
								})
							})),
							tab === "history" && /* @__PURE__ */ (0, import_jsx_runtime.jsx)(HistoryPanel, {
								id,
								refreshKey: historyKey,
								previewing: state.preview?.revision,
								onPreview: (r) => void attempt(() => preview(r)),
								onRestore: (r) => void attempt(() => restore(r))
							})
						]
					})
				]
			})
		]
	});
}
function saveStatusText(status) {
	switch (status.state) {
		case "saved": return "Saved";
		case "saving": return "Saving…";
		case "unsaved": return "Unsaved changes";
		case "error": return `Not saved: ${status.message}`;
	}
}
export { PathwayEditor };
