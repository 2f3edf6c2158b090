# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecordForm(object):
    def setupUi(self, RecordForm):
        if not RecordForm.objectName():
            RecordForm.setObjectName(u"RecordForm")
        RecordForm.resize(700, 720)
        self.root_layout = QVBoxLayout(RecordForm)
        self.root_layout.setObjectName(u"root_layout")
        self.fields_scroll = QScrollArea(RecordForm)
        self.fields_scroll.setObjectName(u"fields_scroll")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_contents = QWidget()
        self.fields_contents.setObjectName(u"fields_contents")
        self.fields_layout = QVBoxLayout(self.fields_contents)
        self.fields_layout.setObjectName(u"fields_layout")
        self.outcome_title = QLabel(self.fields_contents)
        self.outcome_title.setObjectName(u"outcome_title")
        self.outcome_title.setWordWrap(True)

        self.fields_layout.addWidget(self.outcome_title)

        self.outcome_text = QLabel(self.fields_contents)
        self.outcome_text.setObjectName(u"outcome_text")
        self.outcome_text.setWordWrap(True)

        self.fields_layout.addWidget(self.outcome_text)

        self.checklist_label = QLabel(self.fields_contents)
        self.checklist_label.setObjectName(u"checklist_label")
        self.checklist_label.setWordWrap(True)
        self.checklist_label.setTextFormat(Qt.TextFormat.PlainText)

        self.fields_layout.addWidget(self.checklist_label)

        self.error_summary = QFrame(self.fields_contents)
        self.error_summary.setObjectName(u"error_summary")
        self.error_summary.setFrameShape(QFrame.Shape.Box)
        self.error_summary.setLineWidth(3)
        self.error_summary_layout = QVBoxLayout(self.error_summary)
        self.error_summary_layout.setObjectName(u"error_summary_layout")
        self.error_summary_title = QLabel(self.error_summary)
        self.error_summary_title.setObjectName(u"error_summary_title")

        self.error_summary_layout.addWidget(self.error_summary_title)

        self.error_summary_list = QLabel(self.error_summary)
        self.error_summary_list.setObjectName(u"error_summary_list")
        self.error_summary_list.setWordWrap(True)
        self.error_summary_list.setTextFormat(Qt.TextFormat.RichText)

        self.error_summary_layout.addWidget(self.error_summary_list)


        self.fields_layout.addWidget(self.error_summary)

        self.required_box = QGroupBox(self.fields_contents)
        self.required_box.setObjectName(u"required_box")
        self.required_layout = QVBoxLayout(self.required_box)
        self.required_layout.setObjectName(u"required_layout")

        self.fields_layout.addWidget(self.required_box)

        self.optional_box = QGroupBox(self.fields_contents)
        self.optional_box.setObjectName(u"optional_box")
        self.optional_layout = QVBoxLayout(self.optional_box)
        self.optional_layout.setObjectName(u"optional_layout")

        self.fields_layout.addWidget(self.optional_box)

        self.fields_scroll.setWidget(self.fields_contents)

        self.root_layout.addWidget(self.fields_scroll)

        self.nav_layout = QHBoxLayout()
        self.nav_layout.setObjectName(u"nav_layout")
        self.record_back_button = QPushButton(RecordForm)
        self.record_back_button.setObjectName(u"record_back_button")

        self.nav_layout.addWidget(self.record_back_button)

        self.nav_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav_layout.addItem(self.nav_spacer)

        self.record_continue_button = QPushButton(RecordForm)
        self.record_continue_button.setObjectName(u"record_continue_button")

        self.nav_layout.addWidget(self.record_continue_button)


        self.root_layout.addLayout(self.nav_layout)


        self.retranslateUi(RecordForm)

        QMetaObject.connectSlotsByName(RecordForm)
    # setupUi

    def retranslateUi(self, RecordForm):
#if QT_CONFIG(accessibility)
        self.fields_scroll.setAccessibleName(QCoreApplication.translate("RecordForm", u"Record fields", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fields_scroll.setAccessibleDescription(QCoreApplication.translate("RecordForm", u"The fields of the decision record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_summary.setAccessibleName(QCoreApplication.translate("RecordForm", u"There is a problem", None))
#endif // QT_CONFIG(accessibility)
        self.error_summary_title.setText(QCoreApplication.translate("RecordForm", u"There is a problem", None))
#if QT_CONFIG(accessibility)
        self.error_summary_list.setAccessibleName(QCoreApplication.translate("RecordForm", u"Problems to fix", None))
#endif // QT_CONFIG(accessibility)
        self.required_box.setTitle(QCoreApplication.translate("RecordForm", u"About this decision", None))
        self.optional_box.setTitle(QCoreApplication.translate("RecordForm", u"More details (optional)", None))
        self.record_back_button.setText(QCoreApplication.translate("RecordForm", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.record_back_button.setAccessibleName(QCoreApplication.translate("RecordForm", u"Back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.record_back_button.setAccessibleDescription(QCoreApplication.translate("RecordForm", u"Go back to the last question; what you typed is kept", None))
#endif // QT_CONFIG(accessibility)
        self.record_continue_button.setText(QCoreApplication.translate("RecordForm", u"C&ontinue", None))
#if QT_CONFIG(accessibility)
        self.record_continue_button.setAccessibleName(QCoreApplication.translate("RecordForm", u"Continue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.record_continue_button.setAccessibleDescription(QCoreApplication.translate("RecordForm", u"Check the record for problems, then check your answers", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

