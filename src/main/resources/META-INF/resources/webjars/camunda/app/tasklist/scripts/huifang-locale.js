// Huifang: keeps moment.js (relative times such as "2 minutes ago" / "2 分钟前", and date formats) in the
// language Tasklist chose. The webapp loads the chosen language's locale file and the fallback language's
// (zh), and each loaded file makes its dateLocales moment's global locale, so whichever arrives last won:
// an en-US browser could show "Created 几秒前". After every locale file has loaded, this module sets moment
// back to the language in use. Loaded through config.js's requireJsConfig.
define('huifang-locale', ['angular'], function (angular) {
  'use strict';
  // moment and amMoment come from angular-moment, which Tasklist bundles; changeLocale also re-renders
  // the relative times already on the page
  return angular.module('huifang.locale', []).run(['$rootScope', '$translate', 'moment', 'amMoment',
    function ($rootScope, $translate, moment, amMoment) {
      function follow() {
        var language = $translate.use() || $translate.proposedLanguage();
        if (language && moment.locales().indexOf(language) > -1 && moment.locale() !== language) {
          amMoment.changeLocale(language);
        }
      }
      $rootScope.$on('$translateLoadingSuccess', follow);
      $rootScope.$on('$translateChangeSuccess', follow);
    }]);
});
