require('./storages')('second');
