require('./storages')('first');
