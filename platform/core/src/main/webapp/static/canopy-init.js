// Before first paint: lets GOV.UK Frontend's styles for scripted components apply without a flash.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
