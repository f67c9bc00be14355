// Huifang: Tasklist lists a filter's tasks by due date, soonest first, unless the user chose another order.
// Tasklist 7.24 sorts by the page address's "sorting" parameter and, when the address has none, writes its
// own default there (创建时间, newest first); the filters' stored sorting (due date) only comes before it
// in the engine's query. This module gives every Tasklist address without a sorting the due-date sorting
// before Tasklist reads it: on the first visit, after logging in, and on the header's link. An address
// that carries a sorting (a reload, a bookmark, the user's own choice in 排序方式) keeps it.
// Loaded through config.js's requireJsConfig. See README, section "Tasklist sorting".
define('huifang-sorting', ['angular'], function (angular) {
  'use strict';

  var DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

  return angular.module('huifang.sorting', []).run(['$rootScope', '$location', function ($rootScope, $location) {
    // a change of $location in $locationChangeStart replaces the address being opened (AngularJS then
    // processes the new one instead), so Tasklist never sees the address without a sorting
    $rootScope.$on('$locationChangeStart', function () {
      if ($location.path() === '/' && !$location.search().sorting) {
        $location.search('sorting', DUE_DATE_FIRST).replace();
      }
    });
  }]);
});
