# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_conversation_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget

class Ui_NewConversationDialog(object):
    def setupUi(self, NewConversationDialog):
        if not NewConversationDialog.objectName():
            NewConversationDialog.setObjectName(u"NewConversationDialog")
        NewConversationDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(NewConversationDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.newRadio = QRadioButton(NewConversationDialog)
        self.newRadio.setObjectName(u"newRadio")
        self.newRadio.setChecked(True)

        self.mainLayout.addWidget(self.newRadio)

        self.newForm = QFormLayout()
        self.newForm.setObjectName(u"newForm")
        self.newForm.setContentsMargins(24, -1, -1, -1)
        self.newTitleLabel = QLabel(NewConversationDialog)
        self.newTitleLabel.setObjectName(u"newTitleLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newTitleLabel)

        self.titleEdit = QLineEdit(NewConversationDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.mainLayout.addLayout(self.newForm)

        self.recontractRadio = QRadioButton(NewConversationDialog)
        self.recontractRadio.setObjectName(u"recontractRadio")

        self.mainLayout.addWidget(self.recontractRadio)

        self.recontractForm = QFormLayout()
        self.recontractForm.setObjectName(u"recontractForm")
        self.recontractForm.setContentsMargins(24, -1, -1, -1)
        self.opgaveLabel = QLabel(NewConversationDialog)
        self.opgaveLabel.setObjectName(u"opgaveLabel")

        self.recontractForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.opgaveLabel)

        self.opgaveCombo = QComboBox(NewConversationDialog)
        self.opgaveCombo.setObjectName(u"opgaveCombo")

        self.recontractForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.opgaveCombo)

        self.reasonLabel = QLabel(NewConversationDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.recontractForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(NewConversationDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.recontractForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.recontractForm)

        self.problemLabel = QLabel(NewConversationDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(NewConversationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.newTitleLabel.setBuddy(self.titleEdit)
        self.opgaveLabel.setBuddy(self.opgaveCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newRadio, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.recontractRadio)
        QWidget.setTabOrder(self.recontractRadio, self.opgaveCombo)
        QWidget.setTabOrder(self.opgaveCombo, self.reasonEdit)

        self.retranslateUi(NewConversationDialog)

        QMetaObject.connectSlotsByName(NewConversationDialog)
    # setupUi

    def retranslateUi(self, NewConversationDialog):
        NewConversationDialog.setWindowTitle(QCoreApplication.translate("NewConversationDialog", u"Nieuw gesprek", None))
        self.newRadio.setText(QCoreApplication.translate("NewConversationDialog", u"Een &nieuwe opgave", None))
        self.newTitleLabel.setText(QCoreApplication.translate("NewConversationDialog", u"&Titel:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("NewConversationDialog", u"Titel van de nieuwe opgave", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("NewConversationDialog", u"Bijvoorbeeld: Veilige en leefbare buurt", None))
        self.recontractRadio.setText(QCoreApplication.translate("NewConversationDialog", u"Een bestaande opgave &opnieuw contracteren (nieuwe versie)", None))
        self.opgaveLabel.setText(QCoreApplication.translate("NewConversationDialog", u"O&pgave:", None))
#if QT_CONFIG(accessibility)
        self.opgaveCombo.setAccessibleName(QCoreApplication.translate("NewConversationDialog", u"Opgave om opnieuw te contracteren", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("NewConversationDialog", u"&Reden:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("NewConversationDialog", u"Reden voor opnieuw contracteren", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("NewConversationDialog", u"Waarom maken we nieuwe afspraken? Bijvoorbeeld: de capaciteit is veranderd.", None))
    # retranslateUi

