# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_RecordsScreen(object):
    def setupUi(self, RecordsScreen):
        if not RecordsScreen.objectName():
            RecordsScreen.setObjectName(u"RecordsScreen")
        RecordsScreen.resize(1000, 700)
        self.root_layout = QVBoxLayout(RecordsScreen)
        self.root_layout.setObjectName(u"root_layout")
        self.records_title = QLabel(RecordsScreen)
        self.records_title.setObjectName(u"records_title")

        self.root_layout.addWidget(self.records_title)

        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(RecordsScreen)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(RecordsScreen)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)


        self.root_layout.addLayout(self.search_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.outcome_label = QLabel(RecordsScreen)
        self.outcome_label.setObjectName(u"outcome_label")

        self.filter_layout.addWidget(self.outcome_label)

        self.outcome_filter = QComboBox(RecordsScreen)
        self.outcome_filter.setObjectName(u"outcome_filter")

        self.filter_layout.addWidget(self.outcome_filter)

        self.export_label = QLabel(RecordsScreen)
        self.export_label.setObjectName(u"export_label")

        self.filter_layout.addWidget(self.export_label)

        self.export_filter = QComboBox(RecordsScreen)
        self.export_filter.setObjectName(u"export_filter")

        self.filter_layout.addWidget(self.export_filter)

        self.filter_spacer_1 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer_1)


        self.root_layout.addLayout(self.filter_layout)

        self.date_layout = QHBoxLayout()
        self.date_layout.setObjectName(u"date_layout")
        self.from_label = QLabel(RecordsScreen)
        self.from_label.setObjectName(u"from_label")

        self.date_layout.addWidget(self.from_label)

        self.date_from = QDateEdit(RecordsScreen)
        self.date_from.setObjectName(u"date_from")
        self.date_from.setCalendarPopup(True)

        self.date_layout.addWidget(self.date_from)

        self.to_label = QLabel(RecordsScreen)
        self.to_label.setObjectName(u"to_label")

        self.date_layout.addWidget(self.to_label)

        self.date_to = QDateEdit(RecordsScreen)
        self.date_to.setObjectName(u"date_to")
        self.date_to.setCalendarPopup(True)

        self.date_layout.addWidget(self.date_to)

        self.clear_filters_button = QPushButton(RecordsScreen)
        self.clear_filters_button.setObjectName(u"clear_filters_button")

        self.date_layout.addWidget(self.clear_filters_button)

        self.filter_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_layout.addItem(self.filter_spacer)


        self.root_layout.addLayout(self.date_layout)

        self.status_label = QLabel(RecordsScreen)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.root_layout.addWidget(self.status_label)

        self.records_table = QTableView(RecordsScreen)
        self.records_table.setObjectName(u"records_table")
        self.records_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records_table.setAlternatingRowColors(True)
        self.records_table.setTabKeyNavigation(False)

        self.root_layout.addWidget(self.records_table)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.open_button = QPushButton(RecordsScreen)
        self.open_button.setObjectName(u"open_button")

        self.actions_layout.addWidget(self.open_button)


        self.root_layout.addLayout(self.actions_layout)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.outcome_label.setBuddy(self.outcome_filter)
        self.export_label.setBuddy(self.export_filter)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordsScreen)

        QMetaObject.connectSlotsByName(RecordsScreen)
    # setupUi

    def retranslateUi(self, RecordsScreen):
        self.records_title.setText(QCoreApplication.translate("RecordsScreen", u"Records", None))
        self.search_label.setText(QCoreApplication.translate("RecordsScreen", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("RecordsScreen", u"Search records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleDescription(QCoreApplication.translate("RecordsScreen", u"Words to find in the records; every word must match", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_label.setText(QCoreApplication.translate("RecordsScreen", u"O&utcome", None))
#if QT_CONFIG(accessibility)
        self.outcome_filter.setAccessibleName(QCoreApplication.translate("RecordsScreen", u"Outcome filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcome_filter.setAccessibleDescription(QCoreApplication.translate("RecordsScreen", u"Show only records with this outcome", None))
#endif // QT_CONFIG(accessibility)
        self.export_label.setText(QCoreApplication.translate("RecordsScreen", u"&Export status", None))
#if QT_CONFIG(accessibility)
        self.export_filter.setAccessibleName(QCoreApplication.translate("RecordsScreen", u"Export status filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.export_filter.setAccessibleDescription(QCoreApplication.translate("RecordsScreen", u"Show only records with this export status", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("RecordsScreen", u"&From", None))
#if QT_CONFIG(accessibility)
        self.date_from.setAccessibleName(QCoreApplication.translate("RecordsScreen", u"Created from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.date_from.setAccessibleDescription(QCoreApplication.translate("RecordsScreen", u"Earliest creation date to show; Any for no limit", None))
#endif // QT_CONFIG(accessibility)
        self.date_from.setDisplayFormat(QCoreApplication.translate("RecordsScreen", u"yyyy-MM-dd", None))
        self.to_label.setText(QCoreApplication.translate("RecordsScreen", u"&To", None))
#if QT_CONFIG(accessibility)
        self.date_to.setAccessibleName(QCoreApplication.translate("RecordsScreen", u"Created to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.date_to.setAccessibleDescription(QCoreApplication.translate("RecordsScreen", u"Latest creation date to show; Any for no limit", None))
#endif // QT_CONFIG(accessibility)
        self.date_to.setDisplayFormat(QCoreApplication.translate("RecordsScreen", u"yyyy-MM-dd", None))
        self.clear_filters_button.setText(QCoreApplication.translate("RecordsScreen", u"C&lear filters", None))
#if QT_CONFIG(accessibility)
        self.clear_filters_button.setAccessibleName(QCoreApplication.translate("RecordsScreen", u"Clear filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clear_filters_button.setAccessibleDescription(QCoreApplication.translate("RecordsScreen", u"Remove the search words and every filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.records_table.setAccessibleName(QCoreApplication.translate("RecordsScreen", u"Records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.records_table.setAccessibleDescription(QCoreApplication.translate("RecordsScreen", u"Your decision records, newest first; press Enter to open one", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("RecordsScreen", u"&Open record", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("RecordsScreen", u"Open record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleDescription(QCoreApplication.translate("RecordsScreen", u"Open the selected record", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

