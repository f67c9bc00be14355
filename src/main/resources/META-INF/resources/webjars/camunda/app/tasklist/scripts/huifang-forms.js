// Huifang: the strings form-js writes itself into our Camunda Forms, in the language Tasklist uses.
// Tasklist 7.24 renders Camunda Forms with form-js 1.8.7, which has no translation hook: its validation
// messages ("Field is required."), the drop-down placeholder ("Select"), the date and time placeholders
// (derived from the browser's locale, e.g. "yyyy/mm/dd", and "hh:mm") and the date picker's month and
// weekday names (flatpickr) are English. When Tasklist's language is Chinese this module translates them:
//
// - every element form-js renders goes through Preact's options.vnode hook (Preact's documented extension
//   point, called for each virtual node before it is rendered); text and the placeholder, title, aria-label
//   and alt attributes of form-js's own strings (the table below) are swapped for Chinese there, numbers
//   filled in. Labels, descriptions and values from our .form files are Chinese already and never match.
// - a date and time shown in a read-only field (a deadline the process computed, such as 处理期限) reads
//   2026-11-23 16:00 instead of 2026-11-23T16:00:00: Tasklist hands form-js a date variable in that form
//   (a zone, when the value has one other than China's, stays: 2026-11-23 16:00 +09:00). Only what is
//   shown changes; the form's data and what it submits stay as they were.
// - the date picker: flatpickr's global locale (flatpickr.localize, window.flatpickr) gets Chinese month and
//   weekday names, Monday first, day labels such as 2026年11月23日, and dates are shown and typed as
//   2026-11-23 (any separator is accepted when typing).
//
// Tasklist does not expose form-js's Preact to custom scripts; it lives in the webapps' webpack bundle
// (lib/deps.js). This module reaches it through webpack's chunk-loading array (a chunk pushed with a
// runtime function receives webpack's require) and takes the module that exports Preact's options and
// render. If a Camunda upgrade changes that, the console says "huifang-forms: ..." and the forms stay
// English (the real-browser test zh.mjs fails on it). An English Tasklist is left as it is. form-js's
// bpmn.io watermark (its "Powered by bpmn.io" link) is not in the table: it stays as the bpmn.io license asks.
// Loaded through config.js's requireJsConfig. See README, section "Language".
define('huifang-forms', ['angular'], function (angular) {
  'use strict';

  // form-js 1.8.7's own strings, exactly as it writes them
  var EXACT = {
    // core/Validator.js
    'Field is required.': '此项为必填项',
    'Field must be a valid email.': '请输入有效的电子邮箱地址',
    'Field must be a valid  international phone number. (e.g. +4930664040900)': '请输入带国家代码的电话号码,例如 +8613800138000',
    'Value is not a number.': '请输入数字',
    'Value is expected to be an integer.': '请输入整数',
    // render/components/form-fields
    'Date and time must both be entered.': '日期和时间都要填写',
    'Select': '请选择',
    'Search': '搜索',
    'No results': '没有匹配的选项',
    'All values selected': '已全部选择',
    'Remove tag': '移除',
    'Skip to search': '跳到搜索',
    'Increment': '增加',
    'Decrement': '减少',
    'hh:mm': '时:分',
    'hh:mm ?m': '时:分',
    'Nothing to show.': '没有可显示的内容。',
    'Previous page': '上一页',
    'Next page': '下一页',
    'No content to show.': '没有可显示的内容。',
    'External content couldn\'t be loaded.': '无法加载外部内容。',
    'This is an image placeholder': '图片占位'
  };
  var PATTERNS = [
    [/^Field must have minimum length of (.+)\.$/, '至少 $1 个字'],
    [/^Field must have maximum length of (.+)\.$/, '最多 $1 个字'],
    [/^Field must have minimum value of (.+)\.$/, '不能小于 $1'],
    [/^Field must have maximum value of (.+)\.$/, '不能大于 $1'],
    // the pattern itself is a regular expression, of no use to staff; the field's description says the format
    [/^Field must match pattern .*\.$/, '格式不正确'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多 $1 位小数'],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, '请输入有效的值,最接近的是 $1 和 $2'],
    // the date input's placeholder, from the browser's locale: yyyy/mm/dd, mm/dd/yyyy, dd.mm.yyyy, ...
    [/^(?=.*yy)(?=.*m)(?=.*d)[ymd]+[^a-z]+[ymd]+[^a-z]+[ymd]+[^a-z]*$/, '年-月-日']
  ];
  var ATTRIBUTES = ['placeholder', 'title', 'aria-label', 'alt'];
  var DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
  var CHINA = ['+08:00', '+0800'];   // Asia/Shanghai, the zone of Huifang's processes and staff

  // flatpickr's locale fields (written for Huifang)
  var DATEPICKER = {
    weekdays: {
      shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
      longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
    },
    months: {
      shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
      longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
    },
    firstDayOfWeek: 1,
    ordinal: function () { return ''; },
    rangeSeparator: ' 至 ',
    weekAbbreviation: '周',
    scrollTitle: '滚动切换',
    toggleTitle: '点击切换 12/24 小时制',
    amPM: ['上午', '下午'],
    yearAriaLabel: '年',
    monthAriaLabel: '月',
    hourAriaLabel: '时',
    minuteAriaLabel: '分',
    time_24hr: true
  };
  var DATE_FORMAT = 'Y-m-d';               // 2026-11-23
  var DAY_LABEL_FORMAT = 'Y年n月j日';       // the aria-label of each day in the calendar

  var $translate = null;   // Tasklist's, once AngularJS runs
  function chinese() {
    var language = $translate && ($translate.use() || $translate.proposedLanguage());
    return language === 'zh';
  }

  function translate(text) {
    if (Object.prototype.hasOwnProperty.call(EXACT, text)) {
      return EXACT[text];
    }
    for (var i = 0; i < PATTERNS.length; i++) {
      if (PATTERNS[i][0].test(text)) {
        return text.replace(PATTERNS[i][0], PATTERNS[i][1]);
      }
    }
    return text;
  }

  function readableDateTime(value) {
    var parts = DATE_TIME.exec(value);
    if (!parts) {
      return value;
    }
    var zone = parts[3] === 'Z' ? '+00:00' : parts[3];
    return parts[1] + ' ' + parts[2] + (zone && CHINA.indexOf(zone) < 0 ? ' ' + zone : '');
  }

  function localizeVNode(vnode) {
    var props = vnode.props;
    if (typeof vnode.type !== 'string' || !props) {
      return;
    }
    for (var i = 0; i < ATTRIBUTES.length; i++) {
      if (typeof props[ATTRIBUTES[i]] === 'string') {
        props[ATTRIBUTES[i]] = translate(props[ATTRIBUTES[i]]);
      }
    }
    if (typeof props.children === 'string') {
      props.children = translate(props.children);
    } else if (Array.isArray(props.children)) {
      props.children = props.children.map(function (child) {
        return typeof child === 'string' ? translate(child) : child;
      });
    }
    if ((vnode.type === 'input' || vnode.type === 'textarea') && (props.readOnly || props.disabled)
        && typeof props.value === 'string') {
      props.value = readableDateTime(props.value);
    }
    if (vnode.type === 'input') {
      localizeDatepicker();
    }
  }

  var datepickerLocalized = false;
  function localizeDatepicker() {
    var flatpickr = window.flatpickr;
    if (datepickerLocalized || !flatpickr || typeof flatpickr.localize !== 'function') {
      return;
    }
    flatpickr.localize(DATEPICKER);
    flatpickr.setDefaults({
      ariaDateFormat: DAY_LABEL_FORMAT,
      // form-js gives each picker the browser locale's date format (2026/11/23 in zh-CN, 11/23/2026 in en-US);
      // a Chinese Tasklist shows and reads 2026-11-23 whatever the browser. The parser takes any separator.
      onReady: [function (selectedDates, dateText, picker) {
        if (chinese()) {
          picker.config.dateFormat = DATE_FORMAT;
        }
      }]
    });
    datepickerLocalized = true;
  }

  // webpack's require of the webapps' bundle, through its chunk-loading array (see above)
  function webpackRequire() {
    var chunks = window.webpackChunkcamunda_bpm_webapp;
    var found = null;
    if (chunks && typeof chunks.push === 'function') {
      chunks.push([['huifang-forms'], {}, function (require) {
        found = require;
      }]);
    }
    return found;
  }

  // Preact's options of every Preact module in the bundle (the core module exports options and render)
  function preactOptions(require) {
    var options = [];
    Object.keys(require.m || {}).forEach(function (id) {
      var source = Function.prototype.toString.call(require.m[id]);
      if (!/\btoChildArray\s*:/.test(source) || !/\boptions\s*:/.test(source)) {
        return;
      }
      var exports = require(id);
      if (exports && exports.options && typeof exports.render === 'function'
          && typeof exports.toChildArray === 'function' && options.indexOf(exports.options) < 0) {
        options.push(exports.options);
      }
    });
    return options;
  }

  function install() {
    var require = webpackRequire();
    if (!require) {
      window.console.warn('huifang-forms: webpack\'s chunk array of the webapp was not found; Camunda Forms stay in English');
      return;
    }
    var all = preactOptions(require);
    if (!all.length) {
      window.console.warn('huifang-forms: Preact was not found in the webapp\'s bundle; Camunda Forms stay in English');
      return;
    }
    all.forEach(function (options) {
      var previous = options.vnode;
      options.vnode = function (vnode) {
        if (chinese()) {
          localizeVNode(vnode);
        }
        if (previous) {
          previous(vnode);
        }
      };
    });
  }

  install();

  return angular.module('huifang.forms', []).run(['$translate', function (translateService) {
    $translate = translateService;
  }]);
});
