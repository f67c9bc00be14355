// Huifang: Cockpit 7.24 does not read config.js's dateFormat (unlike Tasklist) and formats its "normal"
// dates (instance start times, job due dates, ...) as YYYY-MM-DD[T]HH:mm:ss whatever the language. This
// AngularJS module, loaded through config.js's requireJsConfig, applies config.js's dateFormat, whose
// moment.js formats follow the locale's dateLocales: 2026年11月23日 14:05 in Chinese, 23 November 2026 14:05
// in English. Dates show in the browser's time zone (moment.js local time), as the footer says.
define('huifang-dates', ['angular'], function (angular) {
  'use strict';
  var formats = (window.camCockpitConf || {}).dateFormat || {};
  return angular.module('huifang.dates', []).config(['camDateFormatProvider', function (camDateFormat) {
    angular.forEach(formats, function (format, name) {
      camDateFormat.setDateFormat(format, name);
    });
  }]);
});
